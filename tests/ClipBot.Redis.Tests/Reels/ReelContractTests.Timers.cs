using System.Collections.Concurrent;
using ClipBot.Core.Reels;

namespace ClipBot.Redis.Tests.Reels;

public abstract partial class ReelContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ScheduleAsync_EarlierTimeWithoutReplace_KeepsTheEarliest()
    {
        var reel = ReelId.New();
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At.AddSeconds(10), replace: false, None);

        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At.AddSeconds(5), replace: false, None);
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At.AddSeconds(20), replace: false, None);

        Assert.Empty(await Timers.TakeDueAsync(At.AddSeconds(4), Lease, 10, None));
        var due = Assert.Single(await Timers.TakeDueAsync(At.AddSeconds(5), Lease, 10, None));
        Assert.Equal((reel, ReelTimer.Recut), (due.Reel, due.Kind));
    }

    [Fact]
    public async Task ScheduleAsync_Replace_TakesTheNewTimeEvenWhenLater()
    {
        var reel = ReelId.New();
        await Timers.ScheduleAsync(reel, ReelTimer.Phase, At.AddSeconds(5), replace: false, None);

        await Timers.ScheduleAsync(reel, ReelTimer.Phase, At.AddSeconds(10), replace: true, None);

        Assert.Empty(await Timers.TakeDueAsync(At.AddSeconds(9), Lease, 10, None));
        Assert.Single(await Timers.TakeDueAsync(At.AddSeconds(10), Lease, 10, None));
    }

    [Fact]
    public async Task ScheduleAsync_KindsAndReels_AreSeparateTimers()
    {
        var (first, second) = (ReelId.New(), ReelId.New());

        await Timers.ScheduleAsync(first, ReelTimer.Recut, At, replace: false, None);
        await Timers.ScheduleAsync(first, ReelTimer.Phase, At, replace: false, None);
        await Timers.ScheduleAsync(second, ReelTimer.Recut, At, replace: false, None);
        var due = await Timers.TakeDueAsync(At, Lease, 10, None);

        Assert.Equal(
            new[] { $"{first}|Phase", $"{first}|Recut", $"{second}|Recut" }.Order(StringComparer.Ordinal),
            due.Select(t => $"{t.Reel}|{t.Kind}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TakeDueAsync_MoreDueThanMax_TakesTheEarliestAndLeavesTheRest()
    {
        var reels = Enumerable.Range(0, 5).Select(_ => ReelId.New()).ToList();
        for (var i = 0; i < reels.Count; i++)
        {
            await Timers.ScheduleAsync(reels[i], ReelTimer.Recut, At.AddSeconds(-i), replace: false, None);
        }

        var first = await Timers.TakeDueAsync(At, Lease, 3, None);
        var rest = await Timers.TakeDueAsync(At, Lease, 3, None);

        Assert.Equal([reels[4], reels[3], reels[2]], first.Select(t => t.Reel));
        Assert.Equal([reels[1], reels[0]], rest.Select(t => t.Reel));
        Assert.Empty(await Timers.TakeDueAsync(At, Lease, 3, None));
    }

    [Fact]
    public async Task CompleteAsync_NothingKept_RemovesTheTimer()
    {
        var reel = ReelId.New();
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At, replace: false, None);
        var taken = Assert.Single(await Timers.TakeDueAsync(At, Lease, 10, None));

        await Timers.CompleteAsync(taken, None);

        Assert.Empty(await Timers.TakeDueAsync(At.AddDays(1), Lease, 10, None));
    }

    [Fact]
    public async Task ScheduleAsync_WhileRunning_KeptAndSetOnceTheRunCompletes()
    {
        var reel = ReelId.New();
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At, replace: false, None);
        var running = Assert.Single(await Timers.TakeDueAsync(At, Lease, 10, None));

        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At.AddSeconds(20), replace: false, None);
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At.AddSeconds(25), replace: false, None);
        var duringRun = await Timers.TakeDueAsync(At.AddSeconds(25), Lease, 10, None);
        await Timers.CompleteAsync(running, None);
        var afterRun = await Timers.TakeDueAsync(At.AddSeconds(20), Lease, 10, None);

        Assert.Empty(duringRun);
        var again = Assert.Single(afterRun);
        Assert.Equal(reel, again.Reel);
        Assert.True(again.Token > running.Token);
    }

    [Fact]
    public async Task ScheduleAsync_ReplaceWhileRunning_KeepsTheNewTime()
    {
        var reel = ReelId.New();
        await Timers.ScheduleAsync(reel, ReelTimer.Phase, At, replace: false, None);
        var running = Assert.Single(await Timers.TakeDueAsync(At, Lease, 10, None));
        await Timers.ScheduleAsync(reel, ReelTimer.Phase, At.AddSeconds(5), replace: false, None);

        await Timers.ScheduleAsync(reel, ReelTimer.Phase, At.AddSeconds(15), replace: true, None);
        await Timers.CompleteAsync(running, None);

        Assert.Empty(await Timers.TakeDueAsync(At.AddSeconds(14), Lease, 10, None));
        Assert.Single(await Timers.TakeDueAsync(At.AddSeconds(15), Lease, 10, None));
    }

    [Fact]
    public async Task CancelAsync_Scheduled_RemovesIt()
    {
        var reel = ReelId.New();
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At, replace: false, None);
        await Timers.ScheduleAsync(reel, ReelTimer.Phase, At, replace: false, None);

        await Timers.CancelAsync(reel, ReelTimer.Recut, None);

        var due = Assert.Single(await Timers.TakeDueAsync(At, Lease, 10, None));
        Assert.Equal(ReelTimer.Phase, due.Kind);
    }

    [Fact]
    public async Task CancelAsync_WhileRunning_DropsTheKeptTime()
    {
        var reel = ReelId.New();
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At, replace: false, None);
        var running = Assert.Single(await Timers.TakeDueAsync(At, Lease, 10, None));
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At.AddSeconds(5), replace: false, None);

        await Timers.CancelAsync(reel, ReelTimer.Recut, None);
        var duringRun = await Timers.TakeDueAsync(At.AddSeconds(5), Lease, 10, None);
        await Timers.CompleteAsync(running, None);

        Assert.Empty(duringRun);
        Assert.Empty(await Timers.TakeDueAsync(At.AddDays(1), Lease, 10, None));
    }

    [Fact]
    public async Task TakeDueAsync_LeaseRanOut_TakenAgainWithANewerToken()
    {
        var reel = ReelId.New();
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At, replace: false, None);
        var died = Assert.Single(await Timers.TakeDueAsync(At, Lease, 10, None));

        var beforeEnd = await NewTimers().TakeDueAsync(At + Lease - TimeSpan.FromMilliseconds(1), Lease, 10, None);
        var atEnd = await NewTimers().TakeDueAsync(At + Lease, Lease, 10, None);

        Assert.Empty(beforeEnd);
        var again = Assert.Single(atEnd);
        Assert.Equal((reel, ReelTimer.Recut), (again.Reel, again.Kind));
        Assert.True(again.Token > died.Token);
    }

    [Fact]
    public async Task CompleteAsync_StaleToken_ChangesNothing()
    {
        var reel = ReelId.New();
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At, replace: false, None);
        var stale = Assert.Single(await Timers.TakeDueAsync(At, Lease, 10, None));
        var current = Assert.Single(await NewTimers().TakeDueAsync(At + Lease, Lease, 10, None));
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At + Lease + TimeSpan.FromSeconds(1), replace: false, None);

        await Timers.CompleteAsync(stale, None);
        var afterStale = await Timers.TakeDueAsync(At + Lease + TimeSpan.FromSeconds(2), Lease, 10, None);
        await Timers.CompleteAsync(current, None);
        var afterCurrent = await Timers.TakeDueAsync(At + Lease + TimeSpan.FromSeconds(2), Lease, 10, None);

        Assert.Empty(afterStale);
        Assert.Equal(reel, Assert.Single(afterCurrent).Reel);
    }

    [Fact]
    public async Task TakeDueAsync_TwoNodesAtOnce_NeverBothTakeOneTimer()
    {
        var reels = Enumerable.Range(0, 200).Select(_ => ReelId.New()).ToList();
        await Task.WhenAll(reels.Select(r => Timers.ScheduleAsync(r, ReelTimer.Recut, At, replace: false, None)));
        var taken = new ConcurrentBag<DueTimer>();

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var node = NewTimers();
            IReadOnlyList<DueTimer> batch;
            do
            {
                batch = await node.TakeDueAsync(At, Lease, 7, None);
                foreach (var timer in batch)
                {
                    taken.Add(timer);
                }
            }
            while (batch.Count > 0);
        })));

        Assert.Equal(reels.Select(r => r.Value).Order(StringComparer.Ordinal), taken.Select(t => t.Reel.Value).Order(StringComparer.Ordinal));
        Assert.Equal(taken.Count, taken.Select(t => t.Token).Distinct().Count());
    }
}
