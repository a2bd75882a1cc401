using System.Text.Json;
using ClipBot.Core.Results;
using ClipBot.Discord.Gateway;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Tests.Gateway;

/// <summary>
/// The gateway client end to end against <see cref="Fakes.FakeDiscordGateway"/>: identify, heartbeats, resume,
/// re-identify, stop, dispatches. Waits are the harness's milliseconds, so each scenario takes well under a second.
/// </summary>
[Collection(GatewayTimingCollection.Name)]
public sealed partial class DiscordGatewayTests
{
    [Fact]
    public async Task RunAsync_Hello_IdentifiesWithTokenNoIntentsAndTheShard()
    {
        await using var harness = await GatewayHarness.StartAsync(configure: (options, _) => (options.ShardId, options.ShardCount) = (2, 4));

        var connection = await harness.Fake.WaitForConnectionAsync(0);
        var identify = (await connection.WaitForFrameAsync(2)).Data;

        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(GatewayHarness.Token, identify.GetProperty("token").GetString());
        Assert.Equal(0, identify.GetProperty("intents").GetInt32());
        var properties = identify.GetProperty("properties");
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("os").GetString()));
        Assert.Equal("clipbot", properties.GetProperty("browser").GetString());
        Assert.Equal("clipbot", properties.GetProperty("device").GetString());
        Assert.Equal([2, 4], identify.GetProperty("shard").EnumerateArray().Select(shard => shard.GetInt32()));
        Assert.False(identify.TryGetProperty("compress", out _));
    }

    [Fact]
    public async Task RunAsync_Ready_LogsTheBotUserWithoutTheToken()
    {
        await using var harness = await GatewayHarness.StartAsync();

        await harness.WaitForReadyAsync();

        Assert.Contains("ClipBot", Assert.Single(harness.LogsOf("GatewayReady")).Message, StringComparison.Ordinal);
        harness.AssertTokenNeverLogged();
    }

    [Fact]
    public async Task RunAsync_NoGatewayUrlSet_ConnectsToTheUrlFromRest()
    {
        GatewayUrlRest? rest = null;
        await using var harness = await GatewayHarness.StartAsync(
            configure: (options, _) => options.GatewayUrl = "",
            rest: fake => rest = new GatewayUrlRest(fake.Url));

        var connection = await harness.Fake.WaitForConnectionAsync(0);
        await connection.WaitForFrameAsync(2);

        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(1, rest!.GatewayUrlCalls);
    }

    [Fact]
    public async Task RunAsync_RestRefusesTheToken_StopsWithOneLogLine()
    {
        await using var harness = await GatewayHarness.StartAsync(
            configure: (options, _) => options.GatewayUrl = "",
            rest: _ => new GatewayUrlRest(new Error(ErrorKind.Forbidden, "401: Unauthorized")));

        await harness.Run.WaitAsync(TimeSpan.FromSeconds(5));

        var line = Assert.Single(harness.Logger.Entries, entry => entry.Level >= LogLevel.Warning);
        Assert.Equal("GatewayStopped", line.Id.Name);
        Assert.Empty(harness.Fake.Connections);
    }

    [Fact]
    public async Task RunAsync_GatewayUrlNotWebSocket_StopsWithOneLogLine()
    {
        await using var harness = await GatewayHarness.StartAsync(configure: (options, _) => options.GatewayUrl = "https://gateway.example");

        await harness.Run.WaitAsync(TimeSpan.FromSeconds(5));

        var line = Assert.Single(harness.Logger.Entries, entry => entry.Level >= LogLevel.Warning);
        Assert.Contains("Discord:GatewayUrl", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_GatewayUnreachable_BacksOffBetweenAttempts()
    {
        var closedPort = ClosedLoopbackPort();
        await using var harness = await GatewayHarness.StartAsync(configure: (options, _) => options.GatewayUrl = $"ws://127.0.0.1:{closedPort}/gateway");

        // It tries again: a second attempt comes (on a loaded machine the first may take a while to fail).
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (harness.LogsOf("GatewayConnectFailed").Count() < 2 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        var seen = harness.LogsOf("GatewayConnectFailed").Count();
        Assert.True(seen >= 2, $"{seen} connect attempts in {waited.Elapsed}");

        // And never in a tight loop: 50 ms doubling to 400 ms with jitter allows at most about 5 more in a second.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.InRange(harness.LogsOf("GatewayConnectFailed").Count() - seen, 0, 6);
        Assert.False(harness.Run.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_Stopped_ClosesWithNormalClosure()
    {
        var harness = await GatewayHarness.StartAsync();
        await using (harness)
        {
            var connection = await harness.WaitForReadyAsync();

            await harness.StopAsync();
            await connection.WaitForEndAsync();

            Assert.Equal(1000, connection.ClientCloseStatus);
            Assert.Single(harness.Fake.Connections);
        }
    }

    private static int ClosedLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void AssertResumed(JsonElement resume, string sessionId, long sequence)
    {
        Assert.Equal(GatewayHarness.Token, resume.GetProperty("token").GetString());
        Assert.Equal(sessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(sequence, resume.GetProperty("seq").GetInt64());
    }
}
