using ClipBot.Core.Generation;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class TakeWorkerTests
{
    [Fact]
    public async Task StopAsync_NoGracePeriod_RunningJobReleasedAndTakeBackToQueued()
    {
        _options.ShutdownGraceSeconds = 0;
        var queue = new InMemoryJobQueue(_time);
        var store = new InMemoryTakeStore();
        var generator = new Mock<IVideoGenerator>();
        var generation = BlockGenerator(generator);
        var take = await EnqueueAsync(queue, store);
        using var worker = CreateWorker(CreateRealRunner(queue, store, generator), queue);

        await worker.StartAsync(CancellationToken.None);
        await generation.Started.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.True(generation.Cancelled.Task.IsCompleted, "The generation was not stopped.");
        Assert.Equal([take.Id], queue.Released);
        Assert.Equal([take.Id], queue.Waiting);
        Assert.Null(queue.LeaseOf(take.Id));
        Assert.Empty(queue.Completed);
        Assert.Equal(TakeStatus.Queued, store.Get(take.Id).Status);
    }

    [Fact]
    public async Task StopAsync_LongGracePeriod_RunningJobFinishesAndIsPosted()
    {
        _options.ShutdownGraceSeconds = 3600;
        var queue = new InMemoryJobQueue(_time);
        var store = new InMemoryTakeStore();
        var generator = new Mock<IVideoGenerator>();
        var generation = BlockGenerator(generator);
        var take = await EnqueueAsync(queue, store);
        using var worker = CreateWorker(CreateRealRunner(queue, store, generator), queue);

        await worker.StartAsync(CancellationToken.None);
        await generation.Started.Task.WaitAsync(WaitLimit);
        var stopping = worker.StopAsync(CancellationToken.None);
        var stoppedBeforeTheJobEnded = stopping.IsCompleted;
        generation.Finish.SetResult();
        await stopping.WaitAsync(WaitLimit);

        Assert.False(stoppedBeforeTheJobEnded);
        Assert.False(generation.Cancelled.Task.IsCompleted, "The generation was stopped within the grace period.");
        Assert.Equal([take.Id], queue.Completed);
        Assert.Empty(queue.Released);
        Assert.Equal(TakeStatus.Posted, store.Get(take.Id).Status);
    }

    [Fact]
    public async Task StopAsync_LongGracePeriod_NoNewJobLeased()
    {
        _options.ShutdownGraceSeconds = 3600;
        var queue = new InMemoryJobQueue(_time);
        var store = new InMemoryTakeStore();
        var generator = new Mock<IVideoGenerator>();
        var generation = BlockGenerator(generator);
        var first = await EnqueueAsync(queue, store);
        var second = await EnqueueAsync(queue, store);
        using var worker = CreateWorker(CreateRealRunner(queue, store, generator), queue);

        await worker.StartAsync(CancellationToken.None);
        await generation.Started.Task.WaitAsync(WaitLimit);
        var stopping = worker.StopAsync(CancellationToken.None);
        generation.Finish.SetResult();
        await stopping.WaitAsync(WaitLimit);

        Assert.Equal([first.Id], queue.Completed);
        Assert.Equal([second.Id], queue.Waiting);
        Assert.Single(queue.LeaseRequests);
        Assert.Equal(TakeStatus.Queued, store.Get(second.Id).Status);
    }
}
