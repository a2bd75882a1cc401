namespace ClipBot.Discord.Tests.EndToEnd;

/// <summary>A bad Discord setting stops the host's start with one line naming the key, as every setting does.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("Discord__ApplicationId", "", "Discord:ApplicationId must be the application's id")]
    [InlineData("Discord__Mode", "Websocket", "Discord:Mode")]
    [InlineData("Discord__PublicKey", "not-a-key", "Discord:PublicKey must be the application's public key")]
    public async Task Start_BadDiscordSetting_ExitsWithOneLineNamingTheKey(string key, string value, string expected)
    {
        var data = Path.Combine(Path.GetTempPath(), "clipbot-discord-start", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string>
        {
            ["CLIPBOT_Data__Path"] = data,
            ["CLIPBOT_Web__Port"] = "0",
            ["CLIPBOT_Discord__Token"] = "bot-token",
            ["CLIPBOT_Discord__ApplicationId"] = "290926444748734465",
            ["CLIPBOT_Discord__Mode"] = "Http",
            ["CLIPBOT_Discord__ApiBaseUrl"] = "http://127.0.0.1:9",
        };
        environment["CLIPBOT_" + key] = value;

        var (exit, _, error) = await HostRun.RunAsync(environment);

        Assert.Equal(1, exit);
        Assert.StartsWith("ClipBot cannot start: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("bot-token", error, StringComparison.Ordinal);
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
