using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class TakeWorkerTests
{
    [Fact]
    public async Task ExecuteAsync_Started_ReportsThisProcessWithItsSlots()
    {
        _options.Concurrency = 4;
        var reported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Setup(q => q.ReportWorkerAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback(() => reported.TrySetResult())
            .Returns(Task.CompletedTask);
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await reported.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        _queue.Verify(q => q.ReportWorkerAsync(ProcessId, 4, TimeSpan.FromSeconds(1800), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ExecuteAsync_LeaderLockGranted_RecoversExpiredLeases()
    {
        _leaderLock.Setup(l => l.TryAcquireAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
        var recovered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _runner.Setup(r => r.RecoverAsync(It.IsAny<CancellationToken>())).Callback(() => recovered.TrySetResult()).Returns(Task.CompletedTask);
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await recovered.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        _leaderLock.Verify(l => l.TryAcquireAsync("recovery", ProcessId, TimeSpan.FromSeconds(1800), It.IsAny<CancellationToken>()), Times.Once);
        _runner.Verify(r => r.RecoverAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ExecuteAsync_LeaderLockHeldByAnotherProcess_NeverRecovers()
    {
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _leaderLock.Setup(l => l.TryAcquireAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback(() => asked.TrySetResult())
            .ReturnsAsync(false);
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await asked.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        _runner.Verify(r => r.RecoverAsync(It.IsAny<CancellationToken>()), Times.Never);
        _queue.Verify(q => q.ReportWorkerAsync(ProcessId, 1, It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ExecuteAsync_ReportFails_WorkerKeepsRunning()
    {
        var reportFailed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Setup(q => q.ReportWorkerAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback(() => reportFailed.TrySetResult())
            .ThrowsAsync(new InvalidOperationException("The store is unreachable."));
        var consuming = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Setup(q => q.WaitForWorkAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns((TimeSpan _, CancellationToken cancellationToken) =>
            {
                consuming.TrySetResult();
                return Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            });
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await reportFailed.Task.WaitAsync(WaitLimit);
        await consuming.Task.WaitAsync(WaitLimit);
        var runningBeforeStop = !worker.ExecuteTask!.IsCompleted;
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.True(runningBeforeStop);
        Assert.True(worker.ExecuteTask.IsCompletedSuccessfully);
    }
}
