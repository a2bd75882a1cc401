using System.Collections.Concurrent;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.Tests.Contract;

public abstract partial class StoreContractTests
{
    private static readonly TimeSpan LeaseFor = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task CompleteAsync_AfterEnqueueAndLease_RemovesJob()
    {
        var id = TakeId.New();
        await Queue.EnqueueAsync(id, None);
        var lease = await Queue.TryLeaseAsync("w1", LeaseFor, None);

        var completed = await Queue.CompleteAsync(lease!, None);

        Assert.Equal(id, lease!.TakeId);
        Assert.Equal(1, lease.Attempt);
        Assert.True(completed);
        Assert.Equal(0, await Queue.CountQueuedAsync(None));
        Assert.Null(await Queue.TryLeaseAsync("w1", LeaseFor, None));
        Time.Advance(LeaseFor * 2);
        Assert.Equal(0, await Queue.RequeueExpiredAsync(None));
    }

    [Fact]
    public async Task TryLeaseAsync_EmptyQueue_ReturnsNull()
    {
        var lease = await Queue.TryLeaseAsync("w1", LeaseFor, None);

        Assert.Null(lease);
    }

    [Fact]
    public async Task TryLeaseAsync_SeveralJobs_LeasesInEnqueueOrder()
    {
        var ids = Enumerable.Range(0, 5).Select(_ => TakeId.New()).ToList();
        foreach (var id in ids)
        {
            await Queue.EnqueueAsync(id, None);
        }

        var leased = new List<TakeId>();
        while (await Queue.TryLeaseAsync("w1", LeaseFor, None) is { } lease)
        {
            leased.Add(lease.TakeId);
        }

        Assert.Equal(ids, leased);
    }

    [Fact]
    public async Task TryLeaseAsync_FakeClock_ExpiresAtIsNowPlusLeaseFor()
    {
        await Queue.EnqueueAsync(TakeId.New(), None);
        Time.Advance(TimeSpan.FromMinutes(5));

        var lease = await Queue.TryLeaseAsync("w1", LeaseFor, None);

        Assert.Equal(Time.GetUtcNow() + LeaseFor, lease!.ExpiresAt);
    }

    [Fact]
    public async Task TryLeaseAsync_FourConcurrentConsumers_EachJobLeasedExactlyOnce()
    {
        var ids = Enumerable.Range(0, 200).Select(_ => TakeId.New()).ToList();
        await Task.WhenAll(ids.Select(id => Queue.EnqueueAsync(id, None)));
        var leased = new ConcurrentBag<TakeId>();
        var completions = new ConcurrentBag<bool>();

        var consumers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            var queue = NewQueue();
            while (await queue.TryLeaseAsync($"w{n}", LeaseFor, None) is { } lease)
            {
                leased.Add(lease.TakeId);
                completions.Add(await queue.CompleteAsync(lease, None));
            }
        }));
        await Task.WhenAll(consumers);

        Assert.Equal(200, leased.Count);
        Assert.Equal(ids.ToHashSet(), leased.ToHashSet());
        Assert.All(completions, Assert.True);
        Assert.Equal(0, await Queue.CountQueuedAsync(None));
    }

    [Fact]
    public async Task CompleteAsync_StaleTokenAfterExpiryAndRequeue_ReturnsFalseAndNewHolderCompletes()
    {
        var id = TakeId.New();
        await Queue.EnqueueAsync(id, None);
        var first = await Queue.TryLeaseAsync("w1", LeaseFor, None);
        Time.Advance(LeaseFor + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Queue.RequeueExpiredAsync(None));
        var second = await NewQueue().TryLeaseAsync("w2", LeaseFor, None);

        var staleCompleted = await Queue.CompleteAsync(first!, None);
        var staleRenewed = await Queue.RenewAsync(first!, LeaseFor, None);
        var staleReleased = await Queue.ReleaseAsync(first!, None);
        var freshCompleted = await Queue.CompleteAsync(second!, None);

        Assert.Equal(id, second!.TakeId);
        Assert.Equal(2, second.Attempt);
        Assert.False(staleCompleted);
        Assert.False(staleRenewed);
        Assert.False(staleReleased);
        Assert.True(freshCompleted);
        Assert.Equal(0, await Queue.CountQueuedAsync(None));
    }

    [Fact]
    public async Task CompleteAsync_StaleTokenBeforeRequeue_LeavesLeaseIntact()
    {
        await Queue.EnqueueAsync(TakeId.New(), None);
        var lease = await Queue.TryLeaseAsync("w1", LeaseFor, None);

        var forged = await Queue.CompleteAsync(lease! with { Token = "not-the-token" }, None);

        Assert.False(forged);
        Assert.True(await Queue.CompleteAsync(lease!, None));
    }

    [Fact]
    public async Task RenewAsync_BeforeDeadline_ExtendsLease()
    {
        await Queue.EnqueueAsync(TakeId.New(), None);
        var lease = await Queue.TryLeaseAsync("w1", LeaseFor, None);
        Time.Advance(TimeSpan.FromSeconds(20));

        var renewed = await Queue.RenewAsync(lease!, LeaseFor, None);
        Time.Advance(TimeSpan.FromSeconds(20));
        var requeuedAfterOldDeadline = await Queue.RequeueExpiredAsync(None);
        Time.Advance(TimeSpan.FromSeconds(11));
        var requeuedAfterNewDeadline = await Queue.RequeueExpiredAsync(None);

        Assert.True(renewed);
        Assert.Equal(0, requeuedAfterOldDeadline);
        Assert.Equal(1, requeuedAfterNewDeadline);
    }

    [Fact]
    public async Task ReleaseAsync_HeldLease_PutsJobBackAtTheHeadWithoutUsingAnAttempt()
    {
        var first = TakeId.New();
        var second = TakeId.New();
        await Queue.EnqueueAsync(first, None);
        await Queue.EnqueueAsync(second, None);
        var lease = await Queue.TryLeaseAsync("w1", LeaseFor, None);

        var released = await Queue.ReleaseAsync(lease!, None);
        var again = await Queue.TryLeaseAsync("w2", LeaseFor, None);

        Assert.True(released);
        Assert.Equal(first, again!.TakeId);
        Assert.Equal(1, again.Attempt);
        Assert.False(await Queue.CompleteAsync(lease!, None));
        Assert.Equal(1, await Queue.CountQueuedAsync(None));
    }

    [Fact]
    public async Task RequeueExpiredAsync_WorkerCrashedHoldingLease_JobComesBackFirstAndNothingIsLost()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => TakeId.New()).ToList();
        foreach (var id in ids)
        {
            await Queue.EnqueueAsync(id, None);
        }

        // The crashed worker's lease is simply dropped: it never completes, renews or releases.
        _ = await NewQueue().TryLeaseAsync("crashed", LeaseFor, None);
        Time.Advance(LeaseFor);

        var requeued = await Queue.RequeueExpiredAsync(None);
        var drained = new List<JobLease>();
        while (await Queue.TryLeaseAsync("w2", LeaseFor, None) is { } lease)
        {
            drained.Add(lease);
            Assert.True(await Queue.CompleteAsync(lease, None));
        }

        Assert.Equal(1, requeued);
        Assert.Equal(ids, drained.Select(l => l.TakeId));
        Assert.Equal([2, 1, 1], drained.Select(l => l.Attempt));
    }

    [Fact]
    public async Task RequeueExpiredAsync_BeforeDeadline_RequeuesNothing()
    {
        await Queue.EnqueueAsync(TakeId.New(), None);
        _ = await Queue.TryLeaseAsync("w1", LeaseFor, None);
        Time.Advance(LeaseFor - TimeSpan.FromMilliseconds(1));

        var requeued = await Queue.RequeueExpiredAsync(None);

        Assert.Equal(0, requeued);
        Assert.Equal(0, await Queue.CountQueuedAsync(None));
    }

    [Fact]
    public async Task RequeueExpiredAsync_MoreThanOneBatch_RequeuesAllInDeadlineOrder()
    {
        var ids = Enumerable.Range(0, 250).Select(_ => TakeId.New()).ToList();
        foreach (var id in ids)
        {
            await Queue.EnqueueAsync(id, None);
            _ = await Queue.TryLeaseAsync("crashed", LeaseFor, None);
            Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Time.Advance(LeaseFor);
        var requeued = await Queue.RequeueExpiredAsync(None);
        var order = new List<TakeId>();
        while (await Queue.TryLeaseAsync("w2", LeaseFor, None) is { } lease)
        {
            order.Add(lease.TakeId);
        }

        Assert.Equal(250, requeued);
        Assert.Equal(ids, order);
    }

    [Fact]
    public async Task CountQueuedAsync_PendingAndLeasedJobs_CountsPendingOnly()
    {
        for (var i = 0; i < 3; i++)
        {
            await Queue.EnqueueAsync(TakeId.New(), None);
        }

        _ = await Queue.TryLeaseAsync("w1", LeaseFor, None);
        var queued = await Queue.CountQueuedAsync(None);

        Assert.Equal(2, queued);
    }
}
