using ClipBot.Core.Queue;

namespace ClipBot.Redis.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task GetStatusAsync_StillQueueOfThreeOwners_PositionsAreTheLeaseOrder()
    {
        var carol = await EnqueueAsync("carol", 1);
        await EnqueueAsync("alice", 4);
        await EnqueueAsync("bob", 2);
        carol.AddRange(await EnqueueAsync("carol", 2));
        var running = await LeaseAsync();

        var statuses = new[]
        {
            await Queue.GetStatusAsync("alice", None),
            await Queue.GetStatusAsync("bob", None),
            await Queue.GetStatusAsync("carol", None),
        };
        var leaseOrder = await DrainAsync();

        Assert.Equal(carol[0], running!.TakeId);
        Assert.All(statuses, s => Assert.Equal((8L, 1L, 0L), (s.Waiting, s.Running, s.Retrying)));
        var positions = statuses.SelectMany(s => s.OwnerJobs).Where(j => !j.Running).ToDictionary(j => j.TakeId, j => j.Position);
        var expected = leaseOrder.Select((l, i) => (l.TakeId, Position: (int?)(i + 1))).ToDictionary(p => p.TakeId, p => p.Position);
        Assert.Equal(expected, positions);
        Assert.Equal(
            [new QueuedJob(carol[0], true, null, null), new QueuedJob(carol[1], false, 3, null), new QueuedJob(carol[2], false, 6, null)],
            statuses[2].OwnerJobs);
    }

    [Fact]
    public async Task GetStatusAsync_OwnerWithRunningWaitingAndRetryingJobs_RunningFirstThenWaitingThenRetrying()
    {
        var alice = await EnqueueAsync("alice", 3);
        var retried = await LeaseAsync();
        var due = Time.GetUtcNow() + RetryDelay;
        await Queue.RetryLaterAsync(retried!, due, "provider busy", None);
        _ = await LeaseAsync();
        await EnqueueAsync("bob", 1);

        var status = await Queue.GetStatusAsync("alice", None);

        Assert.Equal(
            [new QueuedJob(alice[1], true, null, null), new QueuedJob(alice[2], false, 1, null), new QueuedJob(alice[0], false, null, due)],
            status.OwnerJobs);
        Assert.Equal((2L, 1L, 1L), (status.Waiting, status.Running, status.Retrying));
    }

    [Fact]
    public async Task GetStatusAsync_NoOwner_CountsOnly()
    {
        await EnqueueAsync("alice", 2);

        var status = await Queue.GetStatusAsync(null, None);

        Assert.Equal(2, status.Waiting);
        Assert.Empty(status.OwnerJobs);
    }

    [Fact]
    public async Task GetStatusAsync_WorkerReports_CountsSlotsOfProcessesNotYetExpired()
    {
        var before = await Queue.GetStatusAsync(null, None);
        await Queue.ReportWorkerAsync("host-a:1", 4, TimeSpan.FromSeconds(30), None);
        await Queue.ReportWorkerAsync("host-b:1", 2, TimeSpan.FromSeconds(60), None);

        var both = await Queue.GetStatusAsync(null, None);
        Time.Advance(TimeSpan.FromSeconds(30));
        var afterFirstExpired = await Queue.GetStatusAsync(null, None);
        await Queue.ReportWorkerAsync("host-b:1", 3, TimeSpan.FromSeconds(60), None);
        var afterReportAgain = await Queue.GetStatusAsync(null, None);
        Time.Advance(TimeSpan.FromSeconds(60));
        var afterAllExpired = await Queue.GetStatusAsync(null, None);

        Assert.Equal([0, 6, 2, 3, 0], new[] { before, both, afterFirstExpired, afterReportAgain, afterAllExpired }.Select(s => s.WorkerSlots));
        Assert.False(await _server.Redis.GetDatabase().HashExistsAsync(_keys.QueueWorkerSlots, "host-a:1"));
    }

    [Fact]
    public async Task GetStatusAsync_AfterCompletes_AverageDurationIsTheMovingAverage()
    {
        await EnqueueAsync("alice", 3);
        var leases = await DrainAsync();
        var before = await Queue.GetStatusAsync(null, None);

        var averages = new List<TimeSpan?>();
        foreach (var (lease, seconds) in leases.Zip([10, 20, 5]))
        {
            await Queue.CompleteAsync(lease, TimeSpan.FromSeconds(seconds), None);
            averages.Add((await Queue.GetStatusAsync(null, None)).AverageDuration);
        }

        Assert.Null(before.AverageDuration);
        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(10.6)], averages);
    }

    [Fact]
    public async Task GetStatusAsync_JobOfAnotherOwner_NotListed()
    {
        await EnqueueAsync("alice", 1);
        var bob = await EnqueueAsync("bob", 1);

        var status = await Queue.GetStatusAsync("bob", None);

        Assert.Equal([new QueuedJob(bob[0], false, 2, null)], status.OwnerJobs);
    }
}
