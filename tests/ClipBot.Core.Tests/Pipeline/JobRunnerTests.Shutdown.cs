using ClipBot.Core.Generation;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class JobRunnerTests
{
    [Fact]
    public async Task RunOnceAsync_AbortWorkMidGeneration_TakeBackToQueuedAndJobReleased()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        using var abortWork = new CancellationTokenSource();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, CancellationToken.None, abortWork.Token);
        await generation.Started.Task.WaitAsync(WaitLimit);
        await abortWork.CancelAsync();
        var ran = await running.WaitAsync(WaitLimit);

        Assert.True(ran);
        Assert.True(generation.Cancelled, "Generation did not see the cancellation.");
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Queued, stored.Status);
        Assert.Equal(0, stored.Progress);
        Assert.Equal(TakeStatus.Queued, _events.Published[^1].Status);
        Assert.Equal([take.Id], _queue.Released);
        Assert.Equal([take.Id], _queue.Waiting);
        Assert.Null(_queue.LeaseOf(take.Id));
        Assert.Empty(_queue.Completed);
        Assert.Empty(_queue.Retrying);
        _ingest.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunOnceAsync_AbortWorkMidGeneration_AttemptNotConsumed()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        using var abortWork = new CancellationTokenSource();
        var runner = CreateRunner();
        var running = runner.RunOnceAsync(Worker, CancellationToken.None, abortWork.Token);
        await generation.Started.Task.WaitAsync(WaitLimit);
        await abortWork.CancelAsync();
        await running.WaitAsync(WaitLimit);

        var next = await _queue.TryLeaseAsync("worker-b", Settings.Lease, 2, CancellationToken.None);

        Assert.NotNull(next);
        Assert.Equal(take.Id, next.TakeId);
        Assert.Equal(1, next.Attempt);
    }

    [Fact]
    public async Task RunOnceAsync_StopLeasingMidGeneration_JobFinishes()
    {
        var take = await EnqueueAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns(async (GenerationRequest request, IProgress<int> _, CancellationToken cancellationToken) =>
            {
                started.SetResult();
                await release.Task.WaitAsync(cancellationToken);
                return Result<string>.Success(Path.Combine(request.WorkDirectory, "clip.mp4"));
            });
        using var stopLeasing = new CancellationTokenSource();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, stopLeasing.Token, CancellationToken.None);
        await started.Task.WaitAsync(WaitLimit);
        await stopLeasing.CancelAsync();
        release.SetResult();
        var ran = await running.WaitAsync(WaitLimit);

        Assert.True(ran);
        Assert.Equal(TakeStatus.Posted, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Completed);
        Assert.Empty(_queue.Released);
    }

    [Fact]
    public async Task RunOnceAsync_AbortWorkWhileReadyTakeIsPosted_TakeStaysReadyAndJobReleased()
    {
        var take = await EnqueueAsync(TakeStatus.Ready);
        var posting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _notifier.Setup(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()))
            .Returns(async (Take _, CancellationToken cancellationToken) =>
            {
                posting.SetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                return Result<bool>.Success(true);
            });
        using var abortWork = new CancellationTokenSource();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, CancellationToken.None, abortWork.Token);
        await posting.Task.WaitAsync(WaitLimit);
        await abortWork.CancelAsync();
        await running.WaitAsync(WaitLimit);

        Assert.Equal(TakeStatus.Ready, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Waiting);
        Assert.Equal([take.Id], _queue.Released);
        Assert.Empty(_queue.Completed);
    }
}
