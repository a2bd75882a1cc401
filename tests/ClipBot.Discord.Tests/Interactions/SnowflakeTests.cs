using ClipBot.Discord.Interactions;

namespace ClipBot.Discord.Tests.Interactions;

public sealed class SnowflakeTests
{
    [Fact]
    public void CreatedAt_DocumentedId_ItsTimestamp()
    {
        // Discord's own example in its reference: 175928847299117063 was made at 2016-04-30 11:18:25.796 UTC.
        Assert.True(Snowflake.TryParse("175928847299117063", out var id));

        var created = id.CreatedAt;

        Assert.Equal(new DateTimeOffset(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero), created);
    }

    [Fact]
    public void CreatedAt_IdOfZeroTimestamp_DiscordEpoch()
    {
        var id = new Snowflake(1);

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(Snowflake.DiscordEpochMilliseconds), id.CreatedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData(" 42")]
    [InlineData("12a")]
    [InlineData("99999999999999999999999")]
    public void TryParse_NotAnId_False(string? text)
    {
        var parsed = Snowflake.TryParse(text, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void ToString_Parsed_TheDigitsAgain()
    {
        Assert.True(Snowflake.TryParse("53908232506183680", out var id));

        var text = id.ToString();

        Assert.Equal("53908232506183680", text);
    }
}
