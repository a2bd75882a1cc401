using ClipBot.Discord.Gateway;

namespace ClipBot.Discord.Tests.Gateway;

public sealed partial class DiscordGatewayTests
{
    [Fact]
    public async Task RunAsync_Reconnect_ResumesOnTheResumeUrlWithTheLastSequence()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.WaitForReadyAsync();
        var sequence = await first.DispatchAsync("GUILD_CREATE", """{"id":"290926798626357999"}""");

        await first.ReconnectAsync();
        var second = await harness.Fake.WaitForConnectionAsync(1);
        var resume = await second.WaitForFrameAsync(6);
        await first.WaitForEndAsync();

        Assert.Equal("/resume", second.Path);
        AssertResumed(resume.Data, "fake-session-1", sequence);
        // Not 1000 or 1001, which would end the session.
        Assert.Equal(GatewayCloseCodes.Reconnecting, first.ClientCloseStatus);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.WaitForReadyAsync();

        await first.InvalidSessionAsync(resumable: true);
        var second = await harness.Fake.WaitForConnectionAsync(1);
        var resume = await second.WaitForFrameAsync(6);

        Assert.Equal("/resume", second.Path);
        AssertResumed(resume.Data, "fake-session-1", 1);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_IdentifiesAfterTheWait()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.WaitForReadyAsync();
        var invalidatedAt = harness.Fake.Elapsed;

        await first.InvalidSessionAsync(resumable: false);
        var second = await harness.Fake.WaitForConnectionAsync(1);
        var identify = await second.WaitForFrameAsync(2);

        Assert.Equal("/gateway", second.Path);
        Assert.DoesNotContain(second.Frames, frame => frame.Op == 6);
        Assert.True(identify.At - invalidatedAt >= harness.Timings.MinInvalidSessionDelay);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task RunAsync_ClosedWithSessionEndingCode_IdentifiesAnew(int code)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.WaitForReadyAsync();

        await first.CloseAsync(code);
        var second = await harness.Fake.WaitForConnectionAsync(1);
        await second.WaitForFrameAsync(2);
        await GatewayHarness.UntilAsync(() => harness.LogsOf("GatewayReady").Count() == 2, "the second READY");

        Assert.Equal("/gateway", second.Path);
        Assert.DoesNotContain(second.Frames, frame => frame.Op == 6);
        Assert.Equal("fake-session-2", harness.Fake.SessionId);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    [InlineData(1001)]
    public async Task RunAsync_ClosedWithResumableCode_Resumes(int code)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.WaitForReadyAsync();

        await first.CloseAsync(code);
        var second = await harness.Fake.WaitForConnectionAsync(1);
        var resume = await second.WaitForFrameAsync(6);

        Assert.Equal("/resume", second.Path);
        AssertResumed(resume.Data, "fake-session-1", 1);
    }

    [Fact]
    public async Task RunAsync_SocketDropped_Resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.WaitForReadyAsync();
        var sequence = await first.DispatchAsync("GUILD_CREATE", """{"id":"290926798626357999"}""");
        await first.RequestHeartbeatAsync();
        await harness.Fake.WaitForFrameAsync(frame => frame.Op == 1 && frame.Data.ValueKind == System.Text.Json.JsonValueKind.Number && frame.Data.GetInt64() == sequence);

        first.Abort();
        var second = await harness.Fake.WaitForConnectionAsync(1);
        var resume = await second.WaitForFrameAsync(6);
        await GatewayHarness.UntilAsync(() => harness.LogsOf("GatewayResumed").Any(), "RESUMED handled");

        Assert.Equal("/resume", second.Path);
        Assert.Null(first.ClientCloseStatus);
        AssertResumed(resume.Data, "fake-session-1", sequence);
    }

    [Fact]
    public async Task RunAsync_ResumeRefused_IdentifiesAnew()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = await harness.WaitForReadyAsync();

        // A new session behind the client's back: its Resume names a session the fake no longer knows.
        harness.Fake.StartSession();
        await first.ReconnectAsync();
        var third = await harness.Fake.WaitForConnectionAsync(2);
        await third.WaitForFrameAsync(2);

        Assert.Equal("/resume", harness.Fake.Connections[1].Path);
        Assert.Equal("/gateway", third.Path);
    }
}
