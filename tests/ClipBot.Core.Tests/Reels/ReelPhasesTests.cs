using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ClipBot.Core.Tests.Reels;

public sealed class ReelPhasesTests
{
    private static readonly DateTimeOffset Now = TestTakes.Start;

    private readonly ReelHarness _harness = new();
    private readonly Mock<IReelTimers> _timers = new();

    [Theory]
    [InlineData(ReelPhase.Open, ReelPhase.Voting)]
    [InlineData(ReelPhase.Voting, ReelPhase.Locked)]
    [InlineData(ReelPhase.Voting, ReelPhase.Open)]
    [InlineData(ReelPhase.Locked, ReelPhase.Voting)]
    public async Task ChangeAsync_OtherPhase_SavedAndReturned(ReelPhase from, ReelPhase to)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: from));

        var changed = await ChangeAsync(reel.Id, to);

        Assert.Equal(to, changed.Value?.Phase);
        Assert.Equal(to, _harness.Reels.Get(reel.Id).Phase);
        Assert.Equal(2, _harness.Reels.Get(reel.Id).Version);
    }

    [Theory]
    [InlineData(ReelPhase.Open, "“Night Drive” is already open for takes.")]
    [InlineData(ReelPhase.Voting, "“Night Drive” is already in voting.")]
    [InlineData(ReelPhase.Locked, "“Night Drive” is already locked.")]
    public async Task ChangeAsync_SamePhase_RefusedAndNothingSavedOrTimed(ReelPhase phase, string message)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: phase));

        var changed = await ChangeAsync(reel.Id, phase);

        Assert.Equal(Error.Invalid(message), changed.Error);
        Assert.Equal(0, _harness.Reels.Saves);
        _timers.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ChangeAsync_SamePhaseWithUntil_SchedulesTheNextPhase()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open));

        var changed = await ChangeAsync(reel.Id, ReelPhase.Open, Now.AddHours(2));

        Assert.Equal(new PhaseSchedule(ReelPhase.Voting, Now.AddHours(2)), changed.Value?.Schedule);
    }

    [Theory]
    [InlineData(ReelPhase.Open, ReelPhase.Voting)]
    [InlineData(ReelPhase.Voting, ReelPhase.Locked)]
    public async Task ChangeAsync_WithUntil_SchedulesTheSuccessorAndSetsThePhaseTimer(ReelPhase phase, ReelPhase next)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: phase == ReelPhase.Open ? ReelPhase.Voting : ReelPhase.Open));

        await ChangeAsync(reel.Id, phase, Now.AddHours(2));

        Assert.Equal(new PhaseSchedule(next, Now.AddHours(2)), _harness.Reels.Get(reel.Id).Schedule);
        _timers.Verify(t => t.ScheduleAsync(reel.Id, ReelTimer.Phase, Now.AddHours(2), true, It.IsAny<CancellationToken>()), Times.Once);
        _timers.Verify(t => t.CancelAsync(It.IsAny<ReelId>(), It.IsAny<ReelTimer>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ChangeAsync_WithoutUntil_DropsTheScheduleAndCancelsThePhaseTimer()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open) with { Schedule = new PhaseSchedule(ReelPhase.Voting, Now.AddDays(1)) });

        await ChangeAsync(reel.Id, ReelPhase.Voting);

        Assert.Null(_harness.Reels.Get(reel.Id).Schedule);
        _timers.Verify(t => t.CancelAsync(reel.Id, ReelTimer.Phase, It.IsAny<CancellationToken>()), Times.Once);
        _timers.Verify(t => t.ScheduleAsync(It.IsAny<ReelId>(), ReelTimer.Phase, It.IsAny<DateTimeOffset>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ChangeAsync_ToVoting_SchedulesARecutNow()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open));

        await ChangeAsync(reel.Id, ReelPhase.Voting);

        _timers.Verify(t => t.ScheduleAsync(reel.Id, ReelTimer.Recut, Now, true, It.IsAny<CancellationToken>()), Times.Once);
        _timers.Verify(t => t.ScheduleAsync(It.IsAny<ReelId>(), ReelTimer.PostCut, It.IsAny<DateTimeOffset>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ChangeAsync_ToVotingWithHiddenTallies_NoCutThatWouldShowTheLeaders()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open) with { Rules = new VotingRules(HideTallies: true) });

        await ChangeAsync(reel.Id, ReelPhase.Voting);

        _timers.Verify(t => t.ScheduleAsync(It.IsAny<ReelId>(), It.IsIn(ReelTimer.Recut, ReelTimer.PostCut), It.IsAny<DateTimeOffset>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ChangeAsync_ToLocked_SchedulesAPostedCutNow()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Voting));

        await ChangeAsync(reel.Id, ReelPhase.Locked);

        _timers.Verify(t => t.ScheduleAsync(reel.Id, ReelTimer.PostCut, Now, true, It.IsAny<CancellationToken>()), Times.Once);
        _timers.Verify(t => t.ScheduleAsync(It.IsAny<ReelId>(), ReelTimer.Recut, It.IsAny<DateTimeOffset>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ChangeAsync_ToOpen_SchedulesNoCut()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Voting));

        await ChangeAsync(reel.Id, ReelPhase.Open);

        _timers.Verify(t => t.ScheduleAsync(It.IsAny<ReelId>(), It.IsAny<ReelTimer>(), It.IsAny<DateTimeOffset>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public async Task ChangeAsync_UntilNotInTheFuture_RefusedAndNothingSaved(int seconds)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open));

        var changed = await ChangeAsync(reel.Id, ReelPhase.Voting, Now.AddSeconds(seconds));

        Assert.Equal(Error.Invalid("That time has passed; give a time in the future."), changed.Error);
        Assert.Equal(ReelPhase.Open, _harness.Reels.Get(reel.Id).Phase);
        _timers.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ChangeAsync_ExpectedScheduleStillSet_Applies()
    {
        var schedule = new PhaseSchedule(ReelPhase.Voting, Now);
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open) with { Schedule = schedule });

        var changed = await ChangeAsync(reel.Id, ReelPhase.Voting, expected: schedule);

        Assert.True(changed.IsSuccess);
        Assert.Equal((ReelPhase.Voting, null), (_harness.Reels.Get(reel.Id).Phase, _harness.Reels.Get(reel.Id).Schedule));
    }

    [Fact]
    public async Task ChangeAsync_ExpectedScheduleReplacedSince_RefusedAsCancelledAndNothingChanged()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open) with { Schedule = new PhaseSchedule(ReelPhase.Voting, Now.AddHours(1)) });

        var changed = await ChangeAsync(reel.Id, ReelPhase.Voting, expected: new PhaseSchedule(ReelPhase.Voting, Now));

        Assert.Equal(ErrorKind.Cancelled, changed.Error?.Kind);
        Assert.Equal(ReelPhase.Open, _harness.Reels.Get(reel.Id).Phase);
        _timers.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ChangeAsync_ExpectedScheduleDroppedSince_RefusedAsCancelled()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open));

        var changed = await ChangeAsync(reel.Id, ReelPhase.Voting, expected: new PhaseSchedule(ReelPhase.Voting, Now));

        Assert.Equal(ErrorKind.Cancelled, changed.Error?.Kind);
        Assert.Equal(0, _harness.Reels.Saves);
    }

    [Fact]
    public async Task ChangeAsync_UnknownReel_NotFound()
    {
        var id = ReelId.New();

        var changed = await ChangeAsync(id, ReelPhase.Voting);

        Assert.Equal(new Error(ErrorKind.NotFound, $"There is no reel {id}."), changed.Error);
    }

    [Theory]
    [InlineData(ReelPhase.Open, ReelPhase.Voting)]
    [InlineData(ReelPhase.Voting, ReelPhase.Locked)]
    [InlineData(ReelPhase.Locked, null)]
    public void Successor_EachPhase_TheNextOrNoneAfterLocked(ReelPhase phase, ReelPhase? next)
    {
        var successor = ReelPhases.Successor(phase);

        Assert.Equal(next, successor);
    }

    private Task<Result<Reel>> ChangeAsync(ReelId id, ReelPhase phase, DateTimeOffset? until = null, PhaseSchedule? expected = null) =>
        new ReelPhases(_harness.Updater, _timers.Object, _harness.Time, NullLogger<ReelPhases>.Instance)
            .ChangeAsync(id, phase, until, CancellationToken.None, expected);
}
