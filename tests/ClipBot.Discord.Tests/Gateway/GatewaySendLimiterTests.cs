using ClipBot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public async Task WaitAsync_121stHeartbeatIn60Seconds_WaitsUntilTheFirstAgesOut()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < 120; i++)
        {
            await limiter.WaitAsync(heartbeat: true, CancellationToken.None);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var next = limiter.WaitAsync(heartbeat: true, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(48) - TimeSpan.FromMilliseconds(1));
        var waitedTooLittle = next.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));

        // The first went at 0 s; the 121st came at 12 s and may go at 60 s.
        Assert.False(waitedTooLittle);
        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_OtherFrames_LeaveThreeSendsToHeartbeats()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        await SendAsync(limiter, 117, heartbeat: false);

        var frame = limiter.WaitAsync(heartbeat: false, CancellationToken.None);
        var beats = Enumerable.Range(0, 3).Select(_ => limiter.WaitAsync(heartbeat: true, CancellationToken.None)).ToList();
        var fourthBeat = limiter.WaitAsync(heartbeat: true, CancellationToken.None);

        Assert.False(frame.IsCompleted);
        Assert.All(beats, beat => Assert.True(beat.IsCompletedSuccessfully));
        Assert.False(fourthBeat.IsCompleted);
        time.Advance(GatewaySendLimiter.Window);
        await Task.WhenAll(frame, fourthBeat).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_SendsSpreadOverTheWindow_NeverMoreThan120InAny60Seconds()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        var sentAt = new List<DateTimeOffset>();

        for (var i = 0; i < 400; i++)
        {
            var send = limiter.WaitAsync(heartbeat: true, CancellationToken.None);
            while (!send.IsCompleted)
            {
                time.Advance(TimeSpan.FromMilliseconds(250));
            }

            await send;
            sentAt.Add(time.GetUtcNow());
            time.Advance(TimeSpan.FromMilliseconds(i % 7 * 40));
        }

        Assert.All(sentAt, at => Assert.InRange(sentAt.Count(other => other > at - GatewaySendLimiter.Window && other <= at), 1, 120));
    }

    [Fact]
    public async Task WaitAsync_Cancelled_Throws()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        await SendAsync(limiter, 120, heartbeat: true);

        using var cancel = new CancellationTokenSource();
        var waiting = limiter.WaitAsync(heartbeat: true, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    private static async Task SendAsync(GatewaySendLimiter limiter, int count, bool heartbeat)
    {
        for (var i = 0; i < count; i++)
        {
            await limiter.WaitAsync(heartbeat, CancellationToken.None);
        }
    }
}
