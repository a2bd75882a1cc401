using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Reels;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>The reel fakes hold the parts of their ports' contracts that the reel tests rely on.</summary>
public sealed class InMemoryReelFakesTests
{
    private static readonly DateTimeOffset At = TestTakes.Start;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryReelStore _store = new();
    private readonly InMemoryReelTimers _timers = new();
    private readonly InMemoryBallotBox _ballots = new();

    [Fact]
    public async Task TrySaveAsync_VersionAsStored_SavedOneHigher()
    {
        var created = await _store.CreateAsync(TestReels.Create() with { Version = 7 }, None);

        var saved = await _store.TrySaveAsync(created with { Name = "renamed" }, None);

        Assert.Equal((1L, 2L), (created.Version, saved?.Version));
        Assert.Equal("renamed", _store.Get(created.Id).Name);
    }

    [Fact]
    public async Task TrySaveAsync_StaleVersion_NullAndTheStoredReelKept()
    {
        var created = await _store.CreateAsync(TestReels.Create(), None);
        await _store.TrySaveAsync(created with { Name = "first" }, None);

        var second = await _store.TrySaveAsync(created with { Name = "second" }, None);

        Assert.Null(second);
        Assert.Equal("first", _store.Get(created.Id).Name);
    }

    [Fact]
    public async Task TrySaveAsync_ReelNeverCreated_Null()
    {
        var saved = await _store.TrySaveAsync(TestReels.Create(), None);

        Assert.Null(saved);
    }

    [Fact]
    public async Task TrySaveAsync_ChannelMovedFromAnOlderReel_OlderReelsSaveDoesNotTakeItBack()
    {
        var first = await _store.CreateAsync(TestReels.Create(channel: TestReels.Channel), None);
        var second = await _store.CreateAsync(TestReels.Create(channel: ChannelRef.Studio), None);
        await _store.TrySaveAsync(second with { Channels = [ChannelRef.Studio, TestReels.Channel] }, None);

        await _store.TrySaveAsync(first with { Name = "renamed" }, None);

        Assert.Equal(second.Id, await _store.FindByChannelAsync(TestReels.Channel, None));
    }

    [Fact]
    public async Task TrySaveAsync_ChannelDropped_UnlinkedFromThatReel()
    {
        var reel = await _store.CreateAsync(TestReels.Create() with { Channels = [TestReels.Channel, ChannelRef.Studio] }, None);

        await _store.TrySaveAsync(reel with { Channels = [ChannelRef.Studio] }, None);

        Assert.Null(await _store.FindByChannelAsync(TestReels.Channel, None));
    }

    [Fact]
    public async Task AddTakeAsync_SameTakeTwice_ListedOnceInTheOrderFiled()
    {
        var (reel, first, second) = (ReelId.New(), TakeId.New(), TakeId.New());

        foreach (var take in new[] { first, second, first })
        {
            await _store.AddTakeAsync(reel, 1, take, None);
        }

        Assert.Equal([first, second], await _store.ListTakesAsync(reel, 1, None));
    }

    [Fact]
    public async Task TryReserveTakeAsync_UpToMaxThenReleased_OneMoreAllowed()
    {
        var reel = ReelId.New();
        var reserved = new List<bool>();

        for (var i = 0; i < 3; i++)
        {
            reserved.Add(await _store.TryReserveTakeAsync(reel, 1, "alice", 2, None));
        }

        await _store.ReleaseTakeAsync(reel, 1, "alice", None);
        reserved.Add(await _store.TryReserveTakeAsync(reel, 1, "alice", 2, None));

        Assert.Equal([true, true, false, true], reserved);
        Assert.Equal(2, _store.Reserved(reel, 1, "alice"));
    }

    [Fact]
    public async Task CastAsync_FirstChangeAndSame_CastChangedUnchangedWithTallies()
    {
        var (reel, a, b) = (ReelId.New(), TakeId.New(), TakeId.New());

        var first = await _ballots.CastAsync(reel, 1, a, "alice", At, None);
        var changed = await _ballots.CastAsync(reel, 1, b, "alice", At.AddSeconds(1), None);
        var same = await _ballots.CastAsync(reel, 1, b, "alice", At.AddSeconds(2), None);

        Assert.Equal((VoteOutcome.Cast, (TakeId?)null), (first.Outcome, first.Previous));
        Assert.Equal((VoteOutcome.Changed, (TakeId?)a), (changed.Outcome, changed.Previous));
        Assert.Equal(1, changed.Votes);
        Assert.Equal(VoteOutcome.Unchanged, same.Outcome);
        Assert.Equal([new Ballot(1, b, "alice", At.AddSeconds(1))], await _ballots.ListBallotsAsync(reel, None));
    }

    [Fact]
    public async Task RecordDuelAsync_SamePairEitherWay_OnePickPerVoterReplaced()
    {
        var (reel, a, b) = (ReelId.New(), TakeId.New(), TakeId.New());

        var first = await _ballots.RecordDuelAsync(reel, 1, a, b, "alice", At, None);
        var changed = await _ballots.RecordDuelAsync(reel, 1, b, a, "alice", At.AddSeconds(1), None);
        var same = await _ballots.RecordDuelAsync(reel, 1, b, a, "alice", At.AddSeconds(2), None);

        Assert.Equal([VoteOutcome.Cast, VoteOutcome.Changed, VoteOutcome.Unchanged], [first, changed, same]);
        Assert.Equal([new DuelPick(b, a, "alice", At.AddSeconds(1))], await _ballots.ListDuelsAsync(reel, 1, None));
    }

    [Fact]
    public async Task ScheduleAsync_WithoutReplace_KeepsTheEarlierTime()
    {
        var reel = ReelId.New();

        await _timers.ScheduleAsync(reel, ReelTimer.Recut, At.AddSeconds(10), replace: false, None);
        await _timers.ScheduleAsync(reel, ReelTimer.Recut, At.AddSeconds(20), replace: false, None);
        await _timers.ScheduleAsync(reel, ReelTimer.Recut, At.AddSeconds(5), replace: false, None);

        Assert.Equal(At.AddSeconds(5), _timers.Scheduled(reel, ReelTimer.Recut));
    }

    [Fact]
    public async Task ScheduleAsync_Replace_TakesTheLaterTime()
    {
        var reel = ReelId.New();

        await _timers.ScheduleAsync(reel, ReelTimer.Phase, At.AddSeconds(5), replace: false, None);
        await _timers.ScheduleAsync(reel, ReelTimer.Phase, At.AddSeconds(10), replace: true, None);

        Assert.Equal(At.AddSeconds(10), _timers.Scheduled(reel, ReelTimer.Phase));
    }

    [Fact]
    public async Task CompleteAsync_TimeSetWhileRunning_SetOnceCompleted()
    {
        var reel = ReelId.New();
        await _timers.ScheduleAsync(reel, ReelTimer.Recut, At, replace: false, None);
        var running = Assert.Single(await _timers.TakeDueAsync(At, Lease, 10, None));
        await _timers.ScheduleAsync(reel, ReelTimer.Recut, At.AddSeconds(20), replace: false, None);

        var duringRun = await _timers.TakeDueAsync(At.AddSeconds(20), Lease, 10, None);
        await _timers.CompleteAsync(running, None);

        Assert.Empty(duringRun);
        Assert.Equal(At.AddSeconds(20), _timers.Scheduled(reel, ReelTimer.Recut));
    }

    [Fact]
    public async Task CancelAsync_WhileRunning_KeptTimeDroppedAndCompletionRemovesIt()
    {
        var reel = ReelId.New();
        await _timers.ScheduleAsync(reel, ReelTimer.Phase, At, replace: false, None);
        var running = Assert.Single(await _timers.TakeDueAsync(At, Lease, 10, None));
        await _timers.ScheduleAsync(reel, ReelTimer.Phase, At.AddSeconds(5), replace: false, None);

        await _timers.CancelAsync(reel, ReelTimer.Phase, None);
        await _timers.CompleteAsync(running, None);

        Assert.False(_timers.Has(reel, ReelTimer.Phase));
    }

    [Fact]
    public async Task CompleteAsync_StaleToken_ChangesNothing()
    {
        var reel = ReelId.New();
        await _timers.ScheduleAsync(reel, ReelTimer.Recut, At, replace: false, None);
        var stale = Assert.Single(await _timers.TakeDueAsync(At, Lease, 10, None));
        var current = Assert.Single(await _timers.TakeDueAsync(At + Lease, Lease, 10, None));

        await _timers.CompleteAsync(stale, None);

        Assert.True(current.Token > stale.Token);
        Assert.True(_timers.Has(reel, ReelTimer.Recut));
    }
}
