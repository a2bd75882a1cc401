using ClipBot.Core.Queue;

namespace ClipBot.Redis.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task CompleteAndLeaseNextAsync_BusyWorker_CompletesEachJobAndLeasesTheNextRoundRobin()
    {
        var alice = await EnqueueAsync("alice", 2);
        var bob = await EnqueueAsync("bob", 1);
        var first = await LeaseAsync();
        Time.Advance(TimeSpan.FromSeconds(5));

        var second = await CompleteAndLeaseNextAsync(first!);
        var third = await CompleteAndLeaseNextAsync(second.Next!);
        var last = await CompleteAndLeaseNextAsync(third.Next!);

        Assert.Equal(alice[0], first!.TakeId);
        Assert.True(second.Completed);
        Assert.Equal(bob[0], second.Next!.TakeId);
        Assert.Equal("bob", second.Next.OwnerId);
        Assert.Equal(1, second.Next.Attempt);
        Assert.Equal(Time.GetUtcNow() + LeaseFor, second.Next.ExpiresAt);
        Assert.NotEqual(first.Token, second.Next.Token);
        Assert.Equal(alice[1], third.Next!.TakeId);
        Assert.Equal(new CompleteResult(true, null), last);
        var status = await Queue.GetStatusAsync("alice", None);
        Assert.Equal((0, 0, 0), (status.Waiting, status.Running, status.Retrying));
        Assert.Empty(await RingAsync());
        Assert.Equal(0, await _server.Redis.GetDatabase().HashLengthAsync(_keys.QueueRunning));
    }

    [Fact]
    public async Task CompleteAndLeaseNextAsync_Duration_CountsTowardsTheAverage()
    {
        await EnqueueAsync("alice", 2);
        var first = await LeaseAsync();

        var result = await Queue.CompleteAndLeaseNextAsync(first!, TimeSpan.FromSeconds(3), "w1", LeaseFor, NoCap, None);
        await Queue.CompleteAndLeaseNextAsync(result.Next!, TimeSpan.FromSeconds(8), "w1", LeaseFor, NoCap, None);

        // The moving average: the first duration starts it, the next weighs a fifth.
        Assert.Equal(TimeSpan.FromSeconds(4), (await Queue.GetStatusAsync(null, None)).AverageDuration);
    }

    [Fact]
    public async Task CompleteAndLeaseNextAsync_StaleToken_CompletesNothingButLeasesTheNextJob()
    {
        var alice = await EnqueueAsync("alice", 2);
        var stale = await LeaseAsync();
        Time.Advance(LeaseFor + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await RequeueAsync());
        var current = await NewQueue().TryLeaseAsync("w2", LeaseFor, NoCap, None);

        var result = await CompleteAndLeaseNextAsync(stale!);

        Assert.Equal(alice[0], current!.TakeId);
        Assert.Equal(2, current.Attempt);
        Assert.False(result.Completed);
        Assert.Equal(alice[1], result.Next!.TakeId);
        var status = await Queue.GetStatusAsync(null, None);
        Assert.Equal((0, 2), (status.Waiting, status.Running));
        Assert.Null(status.AverageDuration);
        Assert.True(await Queue.CompleteAsync(current, TimeSpan.FromSeconds(1), None));
        Assert.True(await Queue.CompleteAsync(result.Next, TimeSpan.FromSeconds(1), None));
        Assert.Equal(0, await _server.Redis.GetDatabase().HashLengthAsync(_keys.QueueRunning));
    }

    [Fact]
    public async Task CompleteAndLeaseNextAsync_OwnerAtCap_FreedSlotServesThatOwnerAgain()
    {
        var alice = await EnqueueAsync("alice", 3);
        var held = await LeaseAsync(cap: 1);
        Assert.Null(await NewQueue().TryLeaseAsync("w2", LeaseFor, 1, None));

        var result = await CompleteAndLeaseNextAsync(held!, cap: 1);

        Assert.True(result.Completed);
        Assert.Equal(alice[1], result.Next!.TakeId);
        Assert.Null(await NewQueue().TryLeaseAsync("w2", LeaseFor, 1, None));
    }

    [Fact]
    public async Task CompleteAndLeaseNextAsync_OnlyOwnersAtTheirCapWaiting_CompletesAndReturnsNoNext()
    {
        var alice = await EnqueueAsync("alice", 2);
        var bob = await EnqueueAsync("bob", 1);
        var aliceHeld = await NewQueue().TryLeaseAsync("w2", LeaseFor, 1, None);
        var bobHeld = await LeaseAsync(cap: 1);

        var result = await CompleteAndLeaseNextAsync(bobHeld!, cap: 1);

        Assert.Equal((alice[0], bob[0]), (aliceHeld!.TakeId, bobHeld!.TakeId));
        Assert.Equal(new CompleteResult(true, null), result);
        Assert.Equal(["alice"], await RingAsync());
        Assert.Equal([alice[1].Value], (await OwnerLineAsync("alice")).Select(v => v.ToString()));
    }

    [Fact]
    public async Task CompleteAndLeaseNextAsync_RetryFallenDue_LeasesItFirstInItsOwnersLine()
    {
        var alice = await EnqueueAsync("alice", 3);
        await Queue.RetryLaterAsync((await LeaseAsync())!, Time.GetUtcNow() + RetryDelay, "provider busy", None);
        var held = await LeaseAsync();
        Time.Advance(RetryDelay);

        var result = await CompleteAndLeaseNextAsync(held!);

        Assert.Equal(alice[1], held!.TakeId);
        Assert.Equal(alice[0], result.Next!.TakeId);
        Assert.Equal(2, result.Next.Attempt);
        Assert.Equal(0, (await Queue.GetStatusAsync(null, None)).Retrying);
    }

    [Fact]
    public async Task CompleteAndLeaseNextAsync_FreedSlotWhileAWorkerIdles_WakesIt()
    {
        var alice = await EnqueueAsync("alice", 3);
        var bob = await EnqueueAsync("bob", 1);
        var held = await LeaseAsync(cap: 2);
        var bobs = await LeaseAsync(cap: 2);
        _ = await LeaseAsync(cap: 2);
        var waiter = NewQueue();
        Assert.Null(await waiter.TryLeaseAsync("w2", LeaseFor, 2, None));
        var waiting = waiter.WaitForWorkAsync(LongWait, None);
        await WaitUntilPendingAsync(waiting);

        // Completing bob's job leases nothing and wakes no one (alice is at her cap); completing one of alice's
        // frees her slot for the idle worker.
        Assert.Null((await CompleteAndLeaseNextAsync(bobs!, cap: 2)).Next);
        Assert.False(waiting.IsCompleted);
        var freed = await Queue.CompleteAsync(held!, TimeSpan.FromSeconds(1), None);
        await waiting.WaitAsync(Prompt);

        Assert.Equal(bob[0], bobs!.TakeId);
        Assert.True(freed);
        Assert.Equal(alice[2], (await waiter.TryLeaseAsync("w2", LeaseFor, 2, None))!.TakeId);
    }

    [Fact]
    public async Task CompleteAndLeaseNextAsync_FourConcurrentWorkersTenOwners_EachJobHandedOutOnce()
    {
        var ids = Enumerable.Range(0, 300).Select(_ => Core.Takes.TakeId.New()).ToList();
        await Task.WhenAll(ids.Select((id, i) => Queue.EnqueueAsync(new JobRequest(id, $"owner{i % 10}"), None)));
        var completed = new System.Collections.Concurrent.ConcurrentBag<Core.Takes.TakeId>();

        var workers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            var queue = NewQueue();
            var lease = await queue.TryLeaseAsync($"w{n}", LeaseFor, 2, None);
            while (lease is not null)
            {
                var result = await queue.CompleteAndLeaseNextAsync(lease, TimeSpan.FromMilliseconds(5), $"w{n}", LeaseFor, 2, None);
                Assert.True(result.Completed);
                completed.Add(lease.TakeId);
                lease = result.Next;
            }
        }));
        await Task.WhenAll(workers);

        // A worker stops when it finds nothing it may take; what the others left is still waiting.
        var rest = await DrainAsync(cap: NoCap);
        Assert.Equal(300, completed.Count + rest.Count);
        Assert.Equal(ids.ToHashSet(), completed.Concat(rest.Select(l => l.TakeId)).ToHashSet());
        Assert.Equal(completed.Count, completed.Distinct().Count());
        Assert.Equal(0, (await Queue.GetStatusAsync(null, None)).Waiting);
    }

    private Task<CompleteResult> CompleteAndLeaseNextAsync(JobLease lease, int cap = NoCap) =>
        Queue.CompleteAndLeaseNextAsync(lease, TimeSpan.FromSeconds(1), "w1", LeaseFor, cap, None);
}
