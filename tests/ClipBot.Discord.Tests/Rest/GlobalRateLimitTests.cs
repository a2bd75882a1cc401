using ClipBot.Discord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Discord.Tests.Rest;

public sealed class GlobalRateLimitTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task WaitTurnAsync_51stInOneSecond_WaitsUntilTheFirstLeavesTheWindow()
    {
        var limit = new GlobalRateLimit(_time);
        for (var i = 0; i < GlobalRateLimit.RequestsPerSecond; i++)
        {
            await limit.WaitTurnAsync(CancellationToken.None);
        }

        var next = limit.WaitTurnAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        var waitedAlmostASecond = next.IsCompleted;
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(waitedAlmostASecond);
        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitTurnAsync_SpreadOverTheSecond_NeverMoreThan50InAnySecond()
    {
        var limit = new GlobalRateLimit(_time);
        for (var i = 0; i < 30; i++)
        {
            await limit.WaitTurnAsync(CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromMilliseconds(600));
        for (var i = 0; i < 20; i++)
        {
            await limit.WaitTurnAsync(CancellationToken.None);
        }

        var next = limit.WaitTurnAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(399));
        var early = next.IsCompleted;
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(early);
    }

    [Fact]
    public void PauseLeft_AfterGlobal429_CountsDownToZero()
    {
        var limit = new GlobalRateLimit(_time);

        limit.Pause(TimeSpan.FromSeconds(64.57));
        var atOnce = limit.PauseLeft();
        _time.Advance(TimeSpan.FromSeconds(64.57));

        Assert.Equal(TimeSpan.FromSeconds(64.57), atOnce);
        Assert.Equal(TimeSpan.Zero, limit.PauseLeft());
    }

    [Fact]
    public void Pause_ShorterThanTheCurrentPause_KeepsTheLonger()
    {
        var limit = new GlobalRateLimit(_time);

        limit.Pause(TimeSpan.FromSeconds(10));
        limit.Pause(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(10), limit.PauseLeft());
    }
}
