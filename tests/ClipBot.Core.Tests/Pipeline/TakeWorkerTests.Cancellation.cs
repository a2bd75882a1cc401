using ClipBot.Core.Generation;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class TakeWorkerTests
{
    [Fact]
    public async Task ExecuteAsync_CancellationHeard_CancelsTheMatchingRunningJobOnly()
    {
        using var cancelled = new CancellationTokenSource();
        using var other = new CancellationTokenSource();
        var cancelledId = TakeId.New();
        using var cancelledRegistration = _running.Register(cancelledId, cancelled);
        using var otherRegistration = _running.Register(TakeId.New(), other);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onCancel = cancelled.Token.Register(stopped.SetResult);
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await _cancellations.Listening.WaitAsync(WaitLimit);
        await _cancellations.SignalAsync(cancelledId, CancellationToken.None);
        await stopped.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.True(cancelled.IsCancellationRequested);
        Assert.False(other.IsCancellationRequested);
    }

    [Fact]
    public async Task ExecuteAsync_CancellationOfAJobNotRunningHere_IgnoredAndListeningGoesOn()
    {
        using var mine = new CancellationTokenSource();
        var mineId = TakeId.New();
        using var registration = _running.Register(mineId, mine);
        var elsewhere = TakeId.New();
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await _cancellations.Listening.WaitAsync(WaitLimit);
        await _cancellations.SignalAsync(elsewhere, CancellationToken.None);
        await _cancellations.SignalAsync(mineId, CancellationToken.None);
        var heardMine = await WaitForCancellationAsync(mine.Token);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.True(heardMine, "The listener stopped after a signal for a job this process does not run.");
        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task ExecuteAsync_CancellationHeardMidGeneration_JobCompletedAndTakeStaysCancelled()
    {
        var queue = new InMemoryJobQueue(_time);
        var store = new InMemoryTakeStore();
        var generator = new Mock<IVideoGenerator>();
        var generation = BlockGenerator(generator);
        var take = await EnqueueAsync(queue, store);
        using var worker = CreateWorker(CreateRealRunner(queue, store, generator), queue);

        await worker.StartAsync(CancellationToken.None);
        await generation.Started.Task.WaitAsync(WaitLimit);
        await _cancellations.Listening.WaitAsync(WaitLimit);
        store.Seed(store.Get(take.Id) with { Status = TakeStatus.Cancelled });
        await _cancellations.SignalAsync(take.Id, CancellationToken.None);
        await generation.Cancelled.Task.WaitAsync(WaitLimit);
        await WaitUntilAsync(() => queue.Completed.Count == 1);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.Equal([take.Id], queue.Completed);
        Assert.Equal(TakeStatus.Cancelled, store.Get(take.Id).Status);
        Assert.Empty(queue.Released);
    }
}
