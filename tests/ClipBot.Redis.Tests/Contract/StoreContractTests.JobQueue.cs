using System.Collections.Concurrent;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Contract;

public abstract partial class StoreContractTests
{
    private const int NoCap = int.MaxValue;
    private const int MaxAttempts = 3;
    private static readonly TimeSpan LeaseFor = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task CompleteAsync_AfterEnqueueAndLease_RemovesJob()
    {
        var id = TakeId.New();
        await Queue.EnqueueAsync(new JobRequest(id, "alice"), None);
        var lease = await LeaseAsync();

        var completed = await Queue.CompleteAsync(lease!, TimeSpan.FromSeconds(3), None);

        Assert.Equal(id, lease!.TakeId);
        Assert.Equal("alice", lease.OwnerId);
        Assert.Equal(1, lease.Attempt);
        Assert.True(completed);
        Assert.Null(await LeaseAsync());
        var status = await Queue.GetStatusAsync("alice", None);
        Assert.Equal((0, 0, 0), (status.Waiting, status.Running, status.Retrying));
        Assert.Empty(status.OwnerJobs);
        Time.Advance(LeaseFor * 2);
        Assert.Equal(0, await RequeueAsync());
    }

    [Fact]
    public async Task TryLeaseAsync_EmptyQueue_ReturnsNull()
    {
        var lease = await LeaseAsync();

        Assert.Null(lease);
    }

    [Fact]
    public async Task TryLeaseAsync_OneOwner_LeasesInEnqueueOrder()
    {
        var ids = await EnqueueAsync("alice", 5);

        var leased = await DrainAsync();

        Assert.Equal(ids, leased.Select(l => l.TakeId));
    }

    [Fact]
    public async Task TryLeaseAsync_FakeClock_ExpiresAtIsNowPlusLeaseFor()
    {
        await EnqueueAsync("alice", 1);
        Time.Advance(TimeSpan.FromMinutes(5));

        var lease = await LeaseAsync();

        Assert.Equal(Time.GetUtcNow() + LeaseFor, lease!.ExpiresAt);
    }

    [Fact]
    public async Task EnqueueAsync_SameJobTwice_QueuesItOnce()
    {
        var id = TakeId.New();
        await Queue.EnqueueAsync(new JobRequest(id, "alice"), None);

        await Queue.EnqueueAsync(new JobRequest(id, "alice"), None);

        var leased = await DrainAsync();
        Assert.Equal(id, Assert.Single(leased).TakeId);
    }

    [Fact]
    public async Task TryLeaseAsync_FourConcurrentLeasersTenOwners_EachJobLeasedExactlyOnce()
    {
        var ids = Enumerable.Range(0, 300).Select(_ => TakeId.New()).ToList();
        await Task.WhenAll(ids.Select((id, i) => Queue.EnqueueAsync(new JobRequest(id, $"owner{i % 10}"), None)));
        var leased = new ConcurrentBag<TakeId>();
        var completions = new ConcurrentBag<bool>();

        var leasers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            var queue = NewQueue();
            while (await queue.TryLeaseAsync($"w{n}", LeaseFor, 2, None) is { } lease)
            {
                leased.Add(lease.TakeId);
                completions.Add(await queue.CompleteAsync(lease, TimeSpan.FromMilliseconds(5), None));
            }
        }));
        await Task.WhenAll(leasers);

        Assert.Equal(300, leased.Count);
        Assert.Equal(ids.ToHashSet(), leased.ToHashSet());
        Assert.All(completions, Assert.True);
        var status = await Queue.GetStatusAsync(null, None);
        Assert.Equal((0, 0), (status.Waiting, status.Running));
        Assert.Equal(0, await _server.Redis.GetDatabase().HashLengthAsync(_keys.QueueRunning));
    }

    [Fact]
    public async Task RenewAsync_BeforeDeadline_ExtendsLease()
    {
        await EnqueueAsync("alice", 1);
        var lease = await LeaseAsync();
        Time.Advance(TimeSpan.FromSeconds(20));

        var renewed = await Queue.RenewAsync(lease!, LeaseFor, None);
        Time.Advance(TimeSpan.FromSeconds(20));
        var requeuedAfterOldDeadline = await RequeueAsync();
        Time.Advance(TimeSpan.FromSeconds(11));
        var requeuedAfterNewDeadline = await RequeueAsync();

        Assert.True(renewed);
        Assert.Equal(0, requeuedAfterOldDeadline);
        Assert.Equal(1, requeuedAfterNewDeadline);
    }

    [Fact]
    public async Task FencedSteps_StaleTokenAfterExpiryAndRequeue_ReturnFalseAndChangeNothing()
    {
        var id = (await EnqueueAsync("alice", 1))[0];
        var first = await LeaseAsync();
        Time.Advance(LeaseFor + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await RequeueAsync());
        var second = await NewQueue().TryLeaseAsync("w2", LeaseFor, 1, None);

        bool[] stale =
        [
            await Queue.RenewAsync(first!, LeaseFor, None),
            await Queue.CompleteAsync(first!, TimeSpan.FromSeconds(1), None),
            await Queue.RetryLaterAsync(first!, Time.GetUtcNow(), "stale", None),
            await Queue.DeadLetterAsync(first!, "stale", None),
            await Queue.ReleaseAsync(first!, None),
        ];

        Assert.Equal(id, second!.TakeId);
        Assert.Equal(2, second.Attempt);
        Assert.All(stale, Assert.False);
        var status = await Queue.GetStatusAsync("alice", None);
        Assert.Equal((0, 1, 0), (status.Waiting, status.Running, status.Retrying));
        Assert.Null(status.AverageDuration);
        Assert.Empty(await Queue.ListDeadLettersAsync(10, None));
        Assert.True(await Queue.CompleteAsync(second, TimeSpan.FromSeconds(1), None));
        Assert.Equal(0, await _server.Redis.GetDatabase().HashLengthAsync(_keys.QueueRunning));
    }

    [Fact]
    public async Task CompleteAsync_ForgedToken_LeavesLeaseIntact()
    {
        await EnqueueAsync("alice", 1);
        var lease = await LeaseAsync();

        var forged = await Queue.CompleteAsync(lease! with { Token = "not-the-token" }, TimeSpan.FromSeconds(1), None);

        Assert.False(forged);
        Assert.True(await Queue.CompleteAsync(lease!, TimeSpan.FromSeconds(1), None));
    }

    [Fact]
    public async Task ReleaseAsync_HeldLease_BackAtTheHeadOfItsOwnersLineWithoutUsingAnAttempt()
    {
        var alice = await EnqueueAsync("alice", 2);
        var bob = await EnqueueAsync("bob", 1);
        var lease = await LeaseAsync();

        var released = await Queue.ReleaseAsync(lease!, None);
        var after = await DrainAsync();

        Assert.True(released);
        Assert.Equal(alice[0], lease!.TakeId);
        Assert.Equal([bob[0], alice[0], alice[1]], after.Select(l => l.TakeId));
        Assert.Equal([1, 1, 1], after.Select(l => l.Attempt));
        Assert.False(await Queue.CompleteAsync(lease, TimeSpan.FromSeconds(1), None));
    }

    [Fact]
    public async Task RequeueExpiredAsync_WorkerCrashedHoldingLease_JobComesBackAtTheHeadOfItsOwnersLine()
    {
        var ids = await EnqueueAsync("alice", 3);

        // The crashed worker's lease is simply dropped: it never completes, renews or releases.
        _ = await NewQueue().TryLeaseAsync("crashed", LeaseFor, NoCap, None);
        Time.Advance(LeaseFor);

        var requeued = await RequeueAsync();
        var drained = await DrainAsync();

        Assert.Equal(1, requeued);
        Assert.Equal(ids, drained.Select(l => l.TakeId));
        Assert.Equal([2, 1, 1], drained.Select(l => l.Attempt));
    }

    [Fact]
    public async Task RequeueExpiredAsync_OwnerAtCapWithExpiredLease_FreesTheOwnersSlot()
    {
        var ids = await EnqueueAsync("alice", 2);
        _ = await LeaseAsync(cap: 1);
        Assert.Null(await LeaseAsync(cap: 1));
        Time.Advance(LeaseFor);

        var requeued = await RequeueAsync();
        var again = await LeaseAsync(cap: 1);

        Assert.Equal(1, requeued);
        Assert.Equal(ids[0], again!.TakeId);
        Assert.Equal(2, again.Attempt);
        Assert.Null(await LeaseAsync(cap: 1));
    }

    [Fact]
    public async Task RequeueExpiredAsync_BeforeDeadline_RequeuesNothing()
    {
        await EnqueueAsync("alice", 1);
        _ = await LeaseAsync();
        Time.Advance(LeaseFor - TimeSpan.FromMilliseconds(1));

        var requeued = await RequeueAsync();

        Assert.Equal(0, requeued);
        Assert.Equal(0, (await Queue.GetStatusAsync(null, None)).Waiting);
    }

    [Fact]
    public async Task RequeueExpiredAsync_MoreThanOneBatch_RequeuesAllInDeadlineOrder()
    {
        var ids = Enumerable.Range(0, 250).Select(_ => TakeId.New()).ToList();
        foreach (var id in ids)
        {
            await Queue.EnqueueAsync(new JobRequest(id, "alice"), None);
            _ = await Queue.TryLeaseAsync("crashed", LeaseFor, NoCap, None);
            Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Time.Advance(LeaseFor);
        var requeued = await RequeueAsync();
        var order = await DrainAsync();

        Assert.Equal(250, requeued);
        Assert.Equal(ids, order.Select(l => l.TakeId));
    }

    private async Task<List<TakeId>> EnqueueAsync(string owner, int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => TakeId.New()).ToList();
        foreach (var id in ids)
        {
            await Queue.EnqueueAsync(new JobRequest(id, owner), None);
        }

        return ids;
    }

    /// <summary>A recovery sweep that gives up on no job (none here reaches the attempts it allows); how many went back.</summary>
    private async Task<int> RequeueAsync()
    {
        var recovered = await Queue.RequeueExpiredAsync(MaxAttempts, None);
        Assert.Empty(recovered.DeadLettered);
        return recovered.Requeued;
    }

    private Task<JobLease?> LeaseAsync(int cap = NoCap) => Queue.TryLeaseAsync("w1", LeaseFor, cap, None);

    /// <summary>Leases until nothing is left that may run, as one worker that never finishes a job.</summary>
    private async Task<List<JobLease>> DrainAsync(int cap = NoCap)
    {
        var leases = new List<JobLease>();
        while (await LeaseAsync(cap) is { } lease)
        {
            leases.Add(lease);
        }

        return leases;
    }

    private async Task<string[]> RingAsync() =>
        (await _server.Redis.GetDatabase().ListRangeAsync(_keys.QueueRing)).Select(v => v.ToString()).ToArray();

    private Task<RedisValue[]> OwnerLineAsync(string owner) => _server.Redis.GetDatabase().ListRangeAsync(_keys.QueueOwner(owner));
}
