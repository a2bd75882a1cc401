using ClipBot.Discord;

namespace ClipBot.Discord.Tests;

public sealed class DiscordOptionsValidatorTests
{
    [Fact]
    public void Validate_NoToken_NothingElseMatters()
    {
        var options = new DiscordOptions { ApiBaseUrl = "nonsense", Mode = DiscordMode.Http };

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_GatewayDefaults_Valid()
    {
        var result = new DiscordOptionsValidator().Validate(null, Valid());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_HttpModeWithTheKey_Valid()
    {
        var options = Valid();
        options.Mode = DiscordMode.Http;
        options.PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("ApplicationId", "my-app", "Discord:ApplicationId")]
    [InlineData("PublicKey", "abc", "Discord:PublicKey")]
    [InlineData("ApiBaseUrl", "discord.com/api", "Discord:ApiBaseUrl")]
    [InlineData("GatewayUrl", "https://gateway.discord.gg", "Discord:GatewayUrl")]
    [InlineData("StudioBaseUrl", "clipbot.example.com", "Discord:StudioBaseUrl")]
    [InlineData("AdminRoleIds", "band-admins", "Discord:AdminRoleIds")]
    [InlineData("ShardId", "1", "Discord:ShardId")]
    public void Validate_BadValue_TheMessageNamesTheKey(string property, string value, string key)
    {
        var options = Valid();
        options.Mode = DiscordMode.Http;
        options.PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
        switch (property)
        {
            case "AdminRoleIds":
                options.AdminRoleIds.Add(value);
                break;
            case "ShardId":
                options.ShardId = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                typeof(DiscordOptions).GetProperty(property)!.SetValue(options, value);
                break;
        }

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.False(result.Succeeded);
        Assert.StartsWith(key + " ", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    private static DiscordOptions Valid() => new() { Token = "bot-token", ApplicationId = "290926444748734465" };
}
