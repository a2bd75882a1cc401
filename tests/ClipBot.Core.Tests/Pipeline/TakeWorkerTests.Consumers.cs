using ClipBot.Core.Generation;
using ClipBot.Core.Tests.Fakes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class TakeWorkerTests
{
    [Fact]
    public async Task ExecuteAsync_Disabled_ReturnsAtOnceAndNeverLeases()
    {
        _options.Enabled = false;
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(WaitLimit);

        Assert.True(worker.ExecuteTask.IsCompletedSuccessfully);
        Assert.False(_cancellations.Listening.IsCompleted, "A disabled worker listens for cancellations.");
        _runner.VerifyNoOtherCalls();
        _queue.VerifyNoOtherCalls();
        _leaderLock.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ExecuteAsync_Disabled_JobStaysInTheQueue()
    {
        _options.Enabled = false;
        var queue = new InMemoryJobQueue(_time);
        var take = TestTakes.Create();
        await queue.EnqueueAsync(take.Id, take.Author.Id);
        using var worker = CreateWorker(CreateRealRunner(queue, new InMemoryTakeStore(), new Mock<IVideoGenerator>()), queue);

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(WaitLimit);

        Assert.Empty(queue.LeaseRequests);
        Assert.Equal([take.Id], queue.Waiting);
    }

    [Fact]
    public async Task ExecuteAsync_Concurrency_OneConsumerPerSlotEachWithItsOwnWorkerId()
    {
        _options.Concurrency = 3;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _runner.Setup(r => r.RunOnceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>(), It.IsAny<CancellationToken>()))
            .Callback((string workerId, CancellationToken _, CancellationToken _) =>
            {
                lock (seen)
                {
                    if (seen.Add(workerId) && seen.Count == 3)
                    {
                        allStarted.SetResult();
                    }
                }
            })
            .ReturnsAsync(false);
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await allStarted.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.Equal([$"{ProcessId}:0", $"{ProcessId}:1", $"{ProcessId}:2"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_NothingToRun_WaitsForWorkUpToTheIdlePoll()
    {
        var waiting = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Setup(q => q.WaitForWorkAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns((TimeSpan maxWait, CancellationToken cancellationToken) =>
            {
                waiting.TrySetResult(maxWait);
                return Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            });
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        var maxWait = await waiting.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.Equal(TimeSpan.FromSeconds(7), maxWait);
        _runner.Verify(r => r.RunOnceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ExecuteAsync_RunnerRanAJob_LooksForTheNextWithoutWaiting()
    {
        var calls = 0;
        var third = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _runner.Setup(r => r.RunOnceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                if (Interlocked.Increment(ref calls) == 3)
                {
                    third.SetResult();
                }

                return calls < 3;
            });
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await third.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        _queue.Verify(q => q.WaitForWorkAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ExecuteAsync_RunnerThrows_ConsumerCarriesOn()
    {
        var calls = 0;
        var again = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _runner.Setup(r => r.RunOnceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>(), It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    throw new InvalidOperationException("The store is unreachable.");
                }

                again.TrySetResult();
                return Task.FromResult(false);
            });
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await again.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
    }
}
