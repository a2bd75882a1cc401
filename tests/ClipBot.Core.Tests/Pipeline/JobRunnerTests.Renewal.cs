using ClipBot.Core.Media;
using ClipBot.Core.Queue;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class JobRunnerTests
{
    [Fact]
    public async Task RunOnceAsync_RenewalFindsLeaseLost_ProcessingCancelledAndJobNotCompleted()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        var runner = CreateRunner();

        var running = RunOnceAsync(runner);
        await generation.Started.Task.WaitAsync(WaitLimit);
        var successor = _queue.TakeOver(take.Id, Settings.Lease);
        _time.Advance(Settings.Lease / 3);
        var ran = await running.WaitAsync(WaitLimit);

        Assert.True(ran);
        Assert.True(generation.Cancelled, "Generation went on after the lease was lost.");
        Assert.Empty(_queue.Completed);
        Assert.Empty(_queue.Released);
        Assert.Empty(_queue.Retrying);
        Assert.Equal(successor, _queue.LeaseOf(take.Id));
        Assert.Empty(_queue.Waiting);
        Assert.Equal(TakeStatus.Generating, _store.Get(take.Id).Status);
        _ingest.VerifyNoOtherCalls();
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RunOnceAsync_RenewalSucceeds_LeaseExtendedAndGenerationGoesOn()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        using var abortWork = new CancellationTokenSource();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, CancellationToken.None, abortWork.Token);
        await generation.Started.Task.WaitAsync(WaitLimit);
        var before = _queue.LeaseOf(take.Id);
        _time.Advance(Settings.Lease / 3);
        var after = await WaitForLeaseChangeAsync(take.Id, before);
        var cancelledBeforeStop = generation.Cancelled;
        await abortWork.CancelAsync();
        await running.WaitAsync(WaitLimit);

        Assert.NotNull(before);
        Assert.Equal(before.Token, after.Token);
        Assert.Equal(TestTakes.Start + Settings.Lease / 3 + Settings.Lease, after.ExpiresAt);
        Assert.False(cancelledBeforeStop, "A successful renewal cancelled the generation.");
    }

    [Fact]
    public async Task RunOnceAsync_LeaseLostBeforePosting_NotPostedNotCompletedNotRetried()
    {
        var take = await EnqueueAsync();
        JobLease? successor = null;
        _ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<IngestProfile>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TakeId id, string _, IngestProfile _, CancellationToken _) =>
            {
                // This worker stalled; its lease lapsed and another worker leased the job meanwhile.
                successor = _queue.TakeOver(id, Settings.Lease);
                return Result<TakeArtifacts>.Success(TestTakes.Artifacts);
            });
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Ready, stored.Status);
        Assert.Null(stored.FailureReason);
        Assert.Empty(_queue.Completed);
        Assert.Empty(_queue.Retrying);
        Assert.Empty(_queue.DeadLetters);
        Assert.NotNull(successor);
        Assert.Equal(successor, _queue.LeaseOf(take.Id));
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
