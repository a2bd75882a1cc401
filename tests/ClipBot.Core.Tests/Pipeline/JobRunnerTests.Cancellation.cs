using ClipBot.Core.Generation;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class JobRunnerTests
{
    [Fact]
    public async Task RunOnceAsync_CancelledThroughRunningJobsMidGeneration_LeaseCompletedAndTakeStaysCancelled()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        var runner = CreateRunner();

        var running = RunOnceAsync(runner);
        await generation.Started.Task.WaitAsync(WaitLimit);
        _time.Advance(TimeSpan.FromSeconds(7));
        _store.Seed(_store.Get(take.Id) with { Status = TakeStatus.Cancelled });
        var signalled = _running.Cancel(take.Id);
        var ran = await running.WaitAsync(WaitLimit);

        Assert.True(signalled);
        Assert.True(ran);
        Assert.True(generation.Cancelled, "Generation did not see the cancellation.");
        Assert.Equal([new InMemoryJobQueue.CompletedJob(take.Id, TimeSpan.FromSeconds(7))], _queue.Completions);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Empty(_queue.Retrying);
        Assert.Empty(_queue.Released);
        Assert.Empty(_queue.Waiting);
        _ingest.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunOnceAsync_JobEnded_NoLongerCancellableThroughRunningJobs()
    {
        var take = await EnqueueAsync();
        var runner = CreateRunner();

        await RunOnceAsync(runner);

        Assert.False(_running.Cancel(take.Id));
    }

    [Fact]
    public async Task RunOnceAsync_UpdaterFindsTheTakeCancelled_LeaseCompletedAndTakeStaysCancelled()
    {
        // /cancel saved the status, but its signal never reached this worker: the next save stops the job.
        var take = await EnqueueAsync();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GenerationRequest request, IProgress<int> _, CancellationToken _) =>
            {
                _store.Seed(_store.Get(take.Id) with { Status = TakeStatus.Cancelled });
                return Result<string>.Success(Path.Combine(request.WorkDirectory, "clip.mp4"));
            });
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        Assert.Equal([take.Id], _queue.Completed);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Empty(_queue.Retrying);
        Assert.Empty(_queue.DeadLetters);
        _ingest.VerifyNoOtherCalls();
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
