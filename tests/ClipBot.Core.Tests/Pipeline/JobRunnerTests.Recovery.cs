using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class JobRunnerTests
{
    [Fact]
    public async Task RecoverAsync_Always_CallsRequeueExpiredWithMaxAttempts()
    {
        using var cancellation = new CancellationTokenSource();
        var queue = new Mock<IJobQueue>();
        queue.Setup(q => q.RequeueExpiredAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(new RecoveryResult(2, []));
        var runner = CreateRunner(queue.Object);

        await runner.RecoverAsync(cancellation.Token);

        queue.Verify(q => q.RequeueExpiredAsync(new QueueOptions().MaxAttempts, cancellation.Token), Times.Once);
        queue.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RecoverAsync_WorkerDiedOnEveryAttempt_TakeFailedAndDeadLettered()
    {
        var take = await EnqueueAsync();
        var maxAttempts = new QueueOptions().MaxAttempts;
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            await _queue.TryLeaseAsync("dying-worker", Settings.Lease, 2, CancellationToken.None);
            _time.Advance(Settings.Lease + TimeSpan.FromSeconds(1));
            if (attempt < maxAttempts - 1)
            {
                await _queue.RequeueExpiredAsync(maxAttempts, CancellationToken.None);
            }
        }

        var runner = CreateRunner();

        await runner.RecoverAsync(CancellationToken.None);

        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Failed, stored.Status);
        Assert.Contains($"Gave up after {maxAttempts} attempts", stored.FailureReason, StringComparison.Ordinal);
        Assert.Contains(_queue.DeadLetters, d => d.TakeId == take.Id);
        Assert.Null(await _queue.TryLeaseAsync("w", Settings.Lease, 2, CancellationToken.None));
    }

    [Fact]
    public async Task RecoverAsync_LeaseExpired_JobBackInQueue()
    {
        var take = await EnqueueAsync();
        await _queue.TryLeaseAsync("dead-worker", Settings.Lease, 2, CancellationToken.None);
        _time.Advance(Settings.Lease + TimeSpan.FromSeconds(1));
        var runner = CreateRunner();

        await runner.RecoverAsync(CancellationToken.None);

        Assert.Equal([take.Id], _queue.Waiting);
        Assert.Null(_queue.LeaseOf(take.Id));
        Assert.Equal(0, _queue.RunningOf(TestTakes.Author.Id));
    }

    [Fact]
    public async Task RecoverAsync_LeaseStillValid_JobLeftLeased()
    {
        var take = await EnqueueAsync();
        var lease = await _queue.TryLeaseAsync("busy-worker", Settings.Lease, 2, CancellationToken.None);
        _time.Advance(Settings.Lease - TimeSpan.FromSeconds(1));
        var runner = CreateRunner();

        await runner.RecoverAsync(CancellationToken.None);

        Assert.Empty(_queue.Waiting);
        Assert.Equal(lease, _queue.LeaseOf(take.Id));
    }
}
