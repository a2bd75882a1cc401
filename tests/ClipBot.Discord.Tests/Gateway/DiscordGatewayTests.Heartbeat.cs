using ClipBot.Discord.Gateway;

namespace ClipBot.Discord.Tests.Gateway;

public sealed partial class DiscordGatewayTests
{
    [Fact]
    public async Task RunAsync_Hello_FirstHeartbeatAfterIntervalTimesJitterThenEveryInterval()
    {
        await using var harness = await GatewayHarness.StartAsync(jitter: 0.25, configure: (_, fake) => fake.HeartbeatInterval = TimeSpan.FromMilliseconds(400));
        var connection = await harness.Fake.WaitForConnectionAsync(0);

        var first = await connection.WaitForFrameAsync(1);
        var sequence = await connection.DispatchAsync("GUILD_CREATE", """{"id":"290926798626357999"}""");
        var beats = await harness.Fake.WaitForAsync(() => connection.Frames.Where(frame => frame.Op == 1).ToList() is { Count: >= 3 } all ? all : null, "three heartbeats");

        // 400 ms × 0.25: Discord's jittered first beat, not Discord.Net's immediate one nor a whole interval.
        Assert.InRange((first.At - connection.HelloAt).TotalMilliseconds, 90, 350);
        Assert.InRange((beats[1].At - beats[0].At).TotalMilliseconds, 300, 700);
        Assert.InRange((beats[2].At - beats[1].At).TotalMilliseconds, 300, 700);
        Assert.Equal(1, beats[0].Data.GetInt64());
        Assert.Equal(sequence, beats[1].Data.GetInt64());
        Assert.Equal(sequence, beats[2].Data.GetInt64());
    }

    [Fact]
    public async Task RunAsync_DiscordAsksForHeartbeat_HeartbeatsAtOnce()
    {
        await using var harness = await GatewayHarness.StartAsync(jitter: 0.99, configure: (_, fake) => fake.HeartbeatInterval = TimeSpan.FromSeconds(10));
        var connection = await harness.WaitForReadyAsync();
        var askedAt = harness.Fake.Elapsed;

        await connection.RequestHeartbeatAsync();
        var beat = await connection.WaitForFrameAsync(1);

        Assert.InRange((beat.At - askedAt).TotalMilliseconds, 0, 1000);
        Assert.Equal(1, beat.Data.GetInt64());
    }

    [Fact]
    public async Task RunAsync_NoHeartbeatAck_ClosesResumablyAndResumesOnTheResumeUrl()
    {
        await using var harness = await GatewayHarness.StartAsync(jitter: 0, configure: (_, fake) => fake.HeartbeatInterval = TimeSpan.FromMilliseconds(200));
        var zombie = await harness.WaitForReadyAsync();

        harness.Fake.AcknowledgeHeartbeats = false;
        await zombie.WaitForEndAsync();
        harness.Fake.AcknowledgeHeartbeats = true;
        var resumed = await harness.Fake.WaitForConnectionAsync(1);
        var resume = await resumed.WaitForFrameAsync(6);
        await GatewayHarness.UntilAsync(() => harness.LogsOf("GatewayResumed").Any(), "RESUMED handled");

        Assert.Equal(GatewayCloseCodes.Reconnecting, zombie.ClientCloseStatus);
        Assert.Contains(harness.LogsOf("GatewayDisconnected"), entry => entry.Message.Contains("zombie", StringComparison.Ordinal));
        Assert.Equal("/resume", resumed.Path);
        Assert.Equal("?v=10&encoding=json", resumed.Query);
        AssertResumed(resume.Data, "fake-session-1", 1);
        Assert.DoesNotContain(resumed.Frames, frame => frame.Op == 2);
        harness.AssertTokenNeverLogged();
    }
}
