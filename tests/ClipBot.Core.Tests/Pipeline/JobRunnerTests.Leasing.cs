using ClipBot.Core.Generation;
using ClipBot.Core.Queue;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class JobRunnerTests
{
    [Fact]
    public async Task RunOnceAsync_EmptyQueue_ReturnsFalse()
    {
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);

        Assert.False(ran);
        Assert.Empty(_events.Published);
    }

    [Fact]
    public async Task RunOnceAsync_QueuedJob_ProcessedAndCompleted()
    {
        var take = await EnqueueAsync();
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        Assert.Equal(TakeStatus.Posted, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Completed);
        Assert.Null(_queue.LeaseOf(take.Id));
        Assert.Empty(_queue.Waiting);
    }

    [Fact]
    public async Task RunOnceAsync_JobDoneAndAnotherWaiting_LeasesTheNextInTheSameStep()
    {
        var first = await EnqueueAsync();
        var second = await EnqueueAsync();
        var runner = CreateRunner();

        await RunOnceAsync(runner);

        Assert.Single(_queue.LeaseRequests);
        Assert.Single(_queue.LeaseNextRequests);
        Assert.Equal([first.Id], _queue.Completed);
        Assert.NotNull(_queue.LeaseOf(second.Id));
    }

    [Fact]
    public async Task RunOnceAsync_NextJobHeld_RunsItWithoutAskingTheQueue()
    {
        await EnqueueAsync();
        var second = await EnqueueAsync();
        var runner = CreateRunner();
        await RunOnceAsync(runner);

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        Assert.Single(_queue.LeaseRequests);
        Assert.Equal(TakeStatus.Posted, _store.Get(second.Id).Status);
    }

    [Fact]
    public async Task RunOnceAsync_ShutdownBegunWhileRunning_CompletesWithoutLeasingNext()
    {
        var first = await EnqueueAsync();
        var second = await EnqueueAsync();
        using var stopLeasing = new CancellationTokenSource();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await stopLeasing.CancelAsync();
                return Result<string>.Success("/tmp/clip.mp4");
            });
        var runner = CreateRunner();

        await runner.RunOnceAsync(Worker, stopLeasing.Token, CancellationToken.None);

        Assert.Equal([first.Id], _queue.Completed);
        Assert.Empty(_queue.LeaseNextRequests);
        Assert.Equal([second.Id], _queue.Waiting);
    }

    [Fact]
    public async Task ReleaseHeldAsync_NextJobHeld_GoesBackToTheHeadOfTheLine()
    {
        await EnqueueAsync();
        var second = await EnqueueAsync();
        var runner = CreateRunner();
        await RunOnceAsync(runner);

        await runner.ReleaseHeldAsync(Worker);

        Assert.Null(_queue.LeaseOf(second.Id));
        Assert.Equal([second.Id], _queue.Waiting);
        Assert.Equal(TakeStatus.Queued, _store.Get(second.Id).Status);
    }

    [Fact]
    public async Task RunOnceAsync_TwoJobs_TakesThemInOrderOnePerCall()
    {
        var first = await EnqueueAsync();
        var second = await EnqueueAsync();
        var runner = CreateRunner();

        var ranFirst = await RunOnceAsync(runner);
        var completedAfterFirst = _queue.Completed;
        var ranSecond = await RunOnceAsync(runner);
        var ranThird = await RunOnceAsync(runner);

        Assert.True(ranFirst);
        Assert.Equal([first.Id], completedAfterFirst);
        Assert.True(ranSecond);
        Assert.Equal([first.Id, second.Id], _queue.Completed);
        Assert.False(ranThird);
    }

    [Fact]
    public async Task RunOnceAsync_Always_LeasesWithWorkerIdLeaseLengthAndPerUserConcurrency()
    {
        _queueOptions = new QueueOptions { PerUserConcurrency = 5 };
        await EnqueueAsync();
        var runner = CreateRunner();

        await RunOnceAsync(runner);

        var request = Assert.Single(_queue.LeaseRequests);
        Assert.Equal(new InMemoryJobQueue.LeaseRequest(Worker, Settings.Lease, 5), request);
    }

    [Fact]
    public async Task RunOnceAsync_OwnerAtPerUserCap_RunsAnotherOwnersJobInstead()
    {
        _queueOptions = new QueueOptions { PerUserConcurrency = 1 };
        var busy = await EnqueueAsync(owner: "u-busy");
        var waiting = await EnqueueAsync(owner: "u-busy");
        var other = await EnqueueAsync(owner: "u-other");
        await _queue.TryLeaseAsync("worker-b", Settings.Lease, 1, CancellationToken.None);
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);
        var ranAgain = await RunOnceAsync(runner);

        Assert.True(ran);
        Assert.Equal([other.Id], _queue.Completed);
        Assert.False(ranAgain);
        Assert.Equal([waiting.Id], _queue.Waiting);
        Assert.NotNull(_queue.LeaseOf(busy.Id));
    }

    [Fact]
    public async Task RunOnceAsync_Completed_PassesTheDurationMeasuredOnTheClock()
    {
        var take = await EnqueueAsync();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GenerationRequest request, IProgress<int> _, CancellationToken _) =>
            {
                _time.Advance(TimeSpan.FromSeconds(15));
                return Result<string>.Success(Path.Combine(request.WorkDirectory, "clip.mp4"));
            });
        var runner = CreateRunner();

        await RunOnceAsync(runner);

        Assert.Equal([new InMemoryJobQueue.CompletedJob(take.Id, TimeSpan.FromSeconds(15))], _queue.Completions);
    }

    [Fact]
    public async Task RunOnceAsync_StopLeasingAlreadyCancelled_ReturnsFalseWithoutLeasing()
    {
        var take = await EnqueueAsync();
        using var stopLeasing = new CancellationTokenSource();
        await stopLeasing.CancelAsync();
        var runner = CreateRunner();

        var ran = await runner.RunOnceAsync(Worker, stopLeasing.Token, CancellationToken.None);

        Assert.False(ran);
        Assert.Empty(_queue.LeaseRequests);
        Assert.Equal([take.Id], _queue.Waiting);
        Assert.Equal(TakeStatus.Queued, _store.Get(take.Id).Status);
    }

    [Fact]
    public async Task RunOnceAsync_TakeMissingFromStore_JobCompletedAndDropped()
    {
        var id = TakeId.New();
        await _queue.EnqueueAsync(id, TestTakes.Author.Id);
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        Assert.Equal([id], _queue.Completed);
        Assert.Empty(_queue.Waiting);
    }
}
