using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Tests.Gateway;

public sealed partial class DiscordGatewayTests
{
    [Fact]
    public async Task RunAsync_NoSessionStartsLeft_IdentifiesOnlyAfterResetAfter()
    {
        var resetAfter = TimeSpan.FromMilliseconds(600);
        GatewayUrlRest? rest = null;
        await using var harness = await GatewayHarness.StartAsync(rest: fake => rest = new GatewayUrlRest(
            GatewayUrlRest.Answer(fake.Url, remaining: 0, resetAfter), GatewayUrlRest.Answer(fake.Url, remaining: 1000))
        {
            Clock = () => fake.Elapsed,
        });

        var identify = await harness.Fake.WaitForFrameAsync(frame => frame.Op == 2);

        // Asked again once the limit reset, and identified only then. Timers run on a coarser clock than the
        // fake's stopwatch, so a wait may end a few milliseconds before the stopwatch says it should.
        var calls = rest!.Calls;
        Assert.Equal(2, calls.Count);
        var timerGrain = TimeSpan.FromMilliseconds(25);
        Assert.True(identify.At - calls[0] >= resetAfter - timerGrain, $"identified {identify.At - calls[0]} after the limit said none were left");
        Assert.True(identify.At >= calls[1]);
        var warning = Assert.Single(harness.LogsOf("GatewaySessionStartLimitReached"));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("600 ms", warning.Message, StringComparison.Ordinal);
        harness.AssertTokenNeverLogged();
    }

    [Fact]
    public async Task RunAsync_SessionStartsLeft_IdentifiesAtOnce()
    {
        GatewayUrlRest? rest = null;
        await using var harness = await GatewayHarness.StartAsync(rest: fake => rest = new GatewayUrlRest(GatewayUrlRest.Answer(fake.Url, remaining: 1)));

        await harness.WaitForReadyAsync();

        Assert.Equal(1, rest!.GatewayUrlCalls);
        Assert.Empty(harness.LogsOf("GatewaySessionStartLimitReached"));
    }

    [Fact]
    public async Task RunAsync_NoSessionStartsLeftAndStopped_ReturnsWithoutIdentifying()
    {
        await using var harness = await GatewayHarness.StartAsync(
            rest: fake => new GatewayUrlRest(GatewayUrlRest.Answer(fake.Url, remaining: 0, TimeSpan.FromHours(4))));
        await GatewayHarness.UntilAsync(() => harness.LogsOf("GatewaySessionStartLimitReached").Any(), "the wait for new sessions");

        await harness.StopAsync();

        Assert.Empty(harness.Fake.Connections);
    }

    [Fact]
    public async Task RunAsync_Resume_DoesNotAskForTheSessionStartLimit()
    {
        GatewayUrlRest? rest = null;
        await using var harness = await GatewayHarness.StartAsync(rest: fake => rest = new GatewayUrlRest(fake.Url));
        var first = await harness.WaitForReadyAsync();
        Assert.Equal(1, rest!.GatewayUrlCalls);

        await first.ReconnectAsync();
        var second = await harness.Fake.WaitForConnectionAsync(1);
        await second.WaitForFrameAsync(6);
        await GatewayHarness.UntilAsync(() => harness.LogsOf("GatewayResumed").Any(), "RESUMED handled");

        Assert.Equal(1, rest.GatewayUrlCalls);
    }

    [Fact]
    public async Task RunAsync_IdentifyAnew_AsksForTheSessionStartLimitAgain()
    {
        GatewayUrlRest? rest = null;
        await using var harness = await GatewayHarness.StartAsync(rest: fake => rest = new GatewayUrlRest(fake.Url));
        var first = await harness.WaitForReadyAsync();

        await first.CloseAsync(4009);
        var second = await harness.Fake.WaitForConnectionAsync(1);
        await second.WaitForFrameAsync(2);

        Assert.Equal(2, rest!.GatewayUrlCalls);
    }

    [Fact]
    public async Task RunAsync_NoGatewayUrlSetAndNoSessionStartsLeft_ConnectsToTheUrlOfTheAnswerThatAllowsIt()
    {
        GatewayUrlRest? rest = null;
        await using var harness = await GatewayHarness.StartAsync(
            configure: (options, _) => options.GatewayUrl = "",
            rest: fake => rest = new GatewayUrlRest(
                GatewayUrlRest.Answer(new Uri("ws://127.0.0.1:9/not-this-one"), remaining: 0, TimeSpan.FromMilliseconds(200)),
                GatewayUrlRest.Answer(fake.Url, remaining: 1000)));

        var connection = await harness.Fake.WaitForConnectionAsync(0);
        await connection.WaitForFrameAsync(2);

        Assert.Equal(2, rest!.GatewayUrlCalls);
        Assert.Empty(harness.LogsOf("GatewayConnectFailed"));
    }

    [Fact]
    public async Task RunAsync_SessionStartLimitRefusesTheToken_StopsWithoutConnecting()
    {
        await using var harness = await GatewayHarness.StartAsync(rest: _ => new GatewayUrlRest(DiscordErrors.TokenRefused));

        await harness.Run.WaitAsync(TimeSpan.FromSeconds(5));

        var line = Assert.Single(harness.Logger.Entries, entry => entry.Level >= LogLevel.Warning);
        Assert.Equal("GatewayStopped", line.Id.Name);
        Assert.Empty(harness.Fake.Connections);
    }

    [Fact]
    public async Task RunAsync_SessionStartLimitUnreadable_LogsAndIdentifiesAnyway()
    {
        await using var harness = await GatewayHarness.StartAsync(rest: _ => new GatewayUrlRest(DiscordErrors.ServerError));

        await harness.WaitForReadyAsync();

        var line = Assert.Single(harness.LogsOf("GatewaySessionStartLimitUnknown"));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains("Discord had a problem", line.Message, StringComparison.Ordinal);
    }
}
