using ClipBot.Discord.Tests.Fakes;

namespace ClipBot.Discord.Tests.EndToEnd;

/// <summary><c>clipbot discord register [--guild id]</c>: the built host run as an operator runs it, against the fake REST API.</summary>
public sealed class RegisterCommandTests : IAsyncLifetime
{
    private FakeDiscordRest _rest = null!;

    public async Task InitializeAsync() => _rest = await FakeDiscordRest.StartAsync();

    public async Task DisposeAsync() => await _rest.DisposeAsync();

    [Fact]
    public async Task Register_Guild_OverwritesThatServersCommandsPrintsWhatAndExitsZero()
    {
        var (exit, output, error) = await RunAsync(Environment(), "discord", "register", "--guild", "290926798626357999");

        Assert.True(exit == 0, error);
        Assert.Contains("Registered 6 commands in server 290926798626357999: /clip, /queue, /cancel, /help, /vote, /reel.", output, StringComparison.Ordinal);
        var put = Assert.Single(_rest.RequestsTo(FakeDiscordRestRoute.OverwriteGuildCommands));
        Assert.Equal("Bot bot-token", put.Authorization);
        Assert.Equal(6, put.Payload!.AsArray().Count);
    }

    [Fact]
    public async Task Register_NoGuild_OverwritesTheGlobalCommands()
    {
        var (exit, _, error) = await RunAsync(Environment(), "discord", "register");

        Assert.True(exit == 0, error);
        Assert.Single(_rest.RequestsTo(FakeDiscordRestRoute.OverwriteGlobalCommands));
    }

    [Fact]
    public async Task Register_DiscordRefusesTheToken_ReasonOnStandardErrorAndExitOne()
    {
        _rest.RequiredToken = "another-token";

        var (exit, _, error) = await RunAsync(Environment(), "discord", "register");

        Assert.Equal(1, exit);
        Assert.Contains("clipbot discord register: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("bot-token", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_NoToken_SaysWhatToSetAndExitOne()
    {
        var (exit, _, error) = await RunAsync(new Dictionary<string, string>(), "discord", "register");

        Assert.Equal(1, exit);
        Assert.Contains("CLIPBOT_Discord__Token", error, StringComparison.Ordinal);
        Assert.Empty(_rest.Requests);
    }

    [Fact]
    public async Task UnknownVerb_UsageAndExitOne()
    {
        var (exit, _, error) = await RunAsync(Environment(), "discord", "unregister");

        Assert.Equal(1, exit);
        Assert.Contains("Usage: clipbot discord register [--guild <server id>]", error, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["CLIPBOT_Discord__Token"] = "bot-token",
        ["CLIPBOT_Discord__ApplicationId"] = _rest.ApplicationId,
        ["CLIPBOT_Discord__ApiBaseUrl"] = _rest.BaseUrl,
    };

    private static Task<(int Exit, string Output, string Error)> RunAsync(Dictionary<string, string> environment, params string[] args) =>
        HostRun.RunAsync(environment, args);
}
