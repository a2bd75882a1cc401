using ClipBot.Discord;

namespace ClipBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    [Fact]
    public void Enabled_NoToken_False()
    {
        var options = new DiscordOptions();

        Assert.False(options.Enabled);
    }

    [Fact]
    public void Enabled_TokenSet_True()
    {
        var options = new DiscordOptions { Token = "bot-token" };

        Assert.True(options.Enabled);
    }
}
