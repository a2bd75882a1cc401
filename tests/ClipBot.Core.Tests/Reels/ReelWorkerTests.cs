using ClipBot.Core.Chat;
using ClipBot.Core.Cuts;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using ClipBot.Core.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace ClipBot.Core.Tests.Reels;

public sealed class ReelWorkerTests
{
    // The worker's lease on a timer it runs; a run that fails is taken again once it ends.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private readonly ReelHarness _harness = new();
    private readonly InMemoryReelTimers _timers = new();
    private readonly Mock<ICutRenderer> _renderer = new();
    private readonly Mock<ICutNotifier> _notifier = new();

    public ReelWorkerTests()
    {
        _renderer.Setup(r => r.RenderAsync(It.IsAny<CutRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<CutResult>.Success(new CutResult("cuts/cut.mp4", 12, 1_000)));
        _notifier.SetupGet(n => n.Platform).Returns(TestReels.Channel.Platform);
        _notifier.Setup(n => n.PostCutAsync(It.IsAny<Reel>(), It.IsAny<ChannelRef>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
    }

    [Fact]
    public async Task RunDueAsync_NothingDue_ReturnsZero()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        await _timers.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start.AddSeconds(1), replace: false, CancellationToken.None);

        var ran = await CreateWorker().RunDueAsync(CancellationToken.None);

        Assert.Equal(0, ran);
        _renderer.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunDueAsync_PhaseTimerWithItsScheduleDue_MovesTheReelOn()
    {
        var schedule = new PhaseSchedule(ReelPhase.Voting, TestTakes.Start);
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open) with { Schedule = schedule });
        await _timers.ScheduleAsync(reel.Id, ReelTimer.Phase, schedule.At, replace: true, CancellationToken.None);

        var ran = await CreateWorker().RunDueAsync(CancellationToken.None);

        Assert.Equal(1, ran);
        Assert.Equal((ReelPhase.Voting, null), (_harness.Reels.Get(reel.Id).Phase, _harness.Reels.Get(reel.Id).Schedule));
    }

    [Fact]
    public async Task RunDueAsync_PhaseTimerApplied_TimerDoneAndVotingsRecutSet()
    {
        var schedule = new PhaseSchedule(ReelPhase.Voting, TestTakes.Start);
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open) with { Schedule = schedule });
        await _timers.ScheduleAsync(reel.Id, ReelTimer.Phase, schedule.At, replace: true, CancellationToken.None);

        await CreateWorker().RunDueAsync(CancellationToken.None);

        Assert.False(_timers.Has(reel.Id, ReelTimer.Phase));
        Assert.Equal(TestTakes.Start, _timers.Scheduled(reel.Id, ReelTimer.Recut));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(null)]
    public async Task RunDueAsync_ScheduleMovedLaterOrDroppedSinceTheTimerWasSet_NothingChanges(int? laterMinutes)
    {
        var schedule = laterMinutes is { } minutes ? new PhaseSchedule(ReelPhase.Voting, TestTakes.Start.AddMinutes(minutes)) : null;
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open) with { Schedule = schedule });
        await _timers.ScheduleAsync(reel.Id, ReelTimer.Phase, TestTakes.Start, replace: true, CancellationToken.None);

        await CreateWorker().RunDueAsync(CancellationToken.None);

        Assert.Equal(ReelPhase.Open, _harness.Reels.Get(reel.Id).Phase);
        Assert.Equal(0, _harness.Reels.Saves);
    }

    [Fact]
    public async Task RunDueAsync_Recut_CutSavedWithoutPosting()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Voting));
        await _timers.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start, replace: false, CancellationToken.None);

        await CreateWorker().RunDueAsync(CancellationToken.None);

        Assert.Equal("cuts/cut.mp4", _harness.Reels.Get(reel.Id).Cut?.File);
        _notifier.Verify(n => n.PostCutAsync(It.IsAny<Reel>(), It.IsAny<ChannelRef>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RunDueAsync_PostCut_CutSavedAndPosted()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Locked));
        await _timers.ScheduleAsync(reel.Id, ReelTimer.PostCut, TestTakes.Start, replace: true, CancellationToken.None);

        await CreateWorker().RunDueAsync(CancellationToken.None);

        Assert.True(_harness.Reels.Get(reel.Id).Cut?.Final);
        _notifier.Verify(n => n.PostCutAsync(It.IsAny<Reel>(), TestReels.Channel, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RunDueAsync_RunCompleted_TimerGone()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        await _timers.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start, replace: false, CancellationToken.None);

        await CreateWorker().RunDueAsync(CancellationToken.None);

        Assert.False(_timers.Has(reel.Id, ReelTimer.Recut));
    }

    [Fact]
    public async Task RunDueAsync_RunThrows_NotCompletedSoTakenAgainWhenTheLeaseEnds()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        await _timers.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start, replace: false, CancellationToken.None);
        _renderer.Setup(r => r.RenderAsync(It.IsAny<CutRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));

        var ran = await CreateWorker().RunDueAsync(CancellationToken.None);

        Assert.Equal(1, ran);
        Assert.Empty(await _timers.TakeDueAsync(TestTakes.Start + Lease - TimeSpan.FromSeconds(1), Lease, 10, CancellationToken.None));
        var again = Assert.Single(await _timers.TakeDueAsync(TestTakes.Start + Lease, Lease, 10, CancellationToken.None));
        Assert.Equal((reel.Id, ReelTimer.Recut), (again.Reel, again.Kind));
    }

    [Fact]
    public async Task RunDueAsync_OneRunThrows_TheOthersInTheBatchStillRun()
    {
        var (failing, fine) = (await _harness.AddReelAsync(TestReels.Create()), await _harness.AddReelAsync(TestReels.Create(channel: ChannelRef.Studio)));
        await _timers.ScheduleAsync(failing.Id, ReelTimer.Recut, TestTakes.Start.AddSeconds(-1), replace: false, CancellationToken.None);
        await _timers.ScheduleAsync(fine.Id, ReelTimer.Recut, TestTakes.Start, replace: false, CancellationToken.None);
        _renderer.Setup(r => r.RenderAsync(It.Is<CutRequest>(q => q.CutId == failing.Id.Value), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));

        var ran = await CreateWorker().RunDueAsync(CancellationToken.None);

        Assert.Equal(2, ran);
        Assert.NotNull(_harness.Reels.Get(fine.Id).Cut);
    }

    [Fact]
    public async Task RunDueAsync_VoteDuringARecut_KeptAndDueOnceTheRunCompletes()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Voting));
        await _timers.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start, replace: false, CancellationToken.None);
        _renderer.Setup(r => r.RenderAsync(It.IsAny<CutRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (CutRequest _, CancellationToken token) =>
            {
                await _timers.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start.AddSeconds(30), replace: false, token);
                return Result<CutResult>.Success(new CutResult("cuts/cut.mp4", 12, 1_000));
            });

        await CreateWorker().RunDueAsync(CancellationToken.None);

        Assert.Equal(TestTakes.Start.AddSeconds(30), _timers.Scheduled(reel.Id, ReelTimer.Recut));
    }

    [Fact]
    public async Task ExecuteAsync_WorkersDisabled_NoTimerIsTaken()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        await _timers.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start, replace: false, CancellationToken.None);
        using var worker = CreateWorker(new WorkerOptions { Enabled = false });

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!;

        Assert.Equal(TestTakes.Start, _timers.Scheduled(reel.Id, ReelTimer.Recut));
        _renderer.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ExecuteAsync_Started_RunsTheDueTimers()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        await _timers.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start, replace: false, CancellationToken.None);
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_timers.Has(reel.Id, ReelTimer.Recut) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        await worker.StopAsync(CancellationToken.None);

        Assert.False(_timers.Has(reel.Id, ReelTimer.Recut));
        Assert.NotNull(_harness.Reels.Get(reel.Id).Cut);
    }

    private ReelWorker CreateWorker(WorkerOptions? workers = null)
    {
        var phases = new ReelPhases(_harness.Updater, _timers, _harness.Time, NullLogger<ReelPhases>.Instance);
        var cutter = new ReelCutter(
            _harness.Reels, _harness.Standings, _renderer.Object, _harness.Updater, [_notifier.Object],
            Options.Create(new DataOptions { Path = Path.Combine(Path.GetTempPath(), "clipbot-core-tests-unused") }), _harness.Time, NullLogger<ReelCutter>.Instance);
        return new ReelWorker(
            _timers, _harness.Reels, phases, cutter, _harness.Options, Options.Create(workers ?? new WorkerOptions()), _harness.Time, NullLogger<ReelWorker>.Instance);
    }
}
