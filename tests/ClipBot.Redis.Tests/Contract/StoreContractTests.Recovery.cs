using ClipBot.Core.Queue;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task RequeueExpiredAsync_LeaseExpiredOnTheLastAttempt_DeadLettersWithTheReasonAndNeverLeasesAgain()
    {
        var id = (await EnqueueAsync("alice", 1))[0];
        _ = await LeaseAsync();
        Time.Advance(LeaseFor);
        var afterFirst = await Queue.RequeueExpiredAsync(2, None);
        var second = await LeaseAsync();
        Time.Advance(LeaseFor);

        var afterSecond = await Queue.RequeueExpiredAsync(2, None);

        Assert.Equal(1, afterFirst.Requeued);
        Assert.Empty(afterFirst.DeadLettered);
        Assert.Equal(2, second!.Attempt);
        Assert.Equal(0, afterSecond.Requeued);
        Assert.Equal([id], afterSecond.DeadLettered);
        var letter = Assert.Single(await Queue.ListDeadLettersAsync(10, None));
        Assert.Equal(new DeadLetter(id, "alice", "The worker stopped while making this clip, 2 times.", 2, Time.GetUtcNow()), letter);
        Assert.Null(await LeaseAsync());
        Time.Advance(LeaseFor * 2);
        var later = await Queue.RequeueExpiredAsync(2, None);
        Assert.Equal(0, later.Requeued);
        Assert.Empty(later.DeadLettered);
        Assert.False(await Queue.CompleteAsync(second, TimeSpan.FromSeconds(1), None));
        Assert.Equal(CancelOutcome.NotQueued, await Queue.CancelAsync(id, None));
        var status = await Queue.GetStatusAsync("alice", None);
        Assert.Equal((0L, 0L, 0L), (status.Waiting, status.Running, status.Retrying));
        Assert.Empty(status.OwnerJobs);
        Assert.Equal(0, await _server.Redis.GetDatabase().HashLengthAsync(_keys.QueueRunning));
    }

    [Fact]
    public async Task RequeueExpiredAsync_BelowMaxAttempts_RequeuesWithTheAttemptCounted()
    {
        var id = (await EnqueueAsync("alice", 1))[0];
        var requeued = new List<int>();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            _ = await LeaseAsync();
            Time.Advance(LeaseFor);
            var recovered = await Queue.RequeueExpiredAsync(3, None);
            Assert.Empty(recovered.DeadLettered);
            requeued.Add(recovered.Requeued);
        }

        var third = await LeaseAsync();

        Assert.Equal([1, 1], requeued);
        Assert.Equal(id, third!.TakeId);
        Assert.Equal(3, third.Attempt);
        Assert.Empty(await Queue.ListDeadLettersAsync(10, None));
    }

    [Fact]
    public async Task RequeueExpiredAsync_OneAtMaxAttemptsOneBelow_DeadLettersOnlyThatOneAndFreesBothOwnersSlots()
    {
        var alice = await EnqueueAsync("alice", 2);
        var bob = await EnqueueAsync("bob", 1);
        await Queue.RetryLaterAsync((await LeaseAsync(cap: 1))!, Time.GetUtcNow(), "provider busy", None);
        var bobs = await LeaseAsync(cap: 1);
        var aliceAgain = await LeaseAsync(cap: 1);
        Time.Advance(LeaseFor);

        var recovered = await Queue.RequeueExpiredAsync(2, None);

        Assert.Equal((alice[0], 2), (aliceAgain!.TakeId, aliceAgain.Attempt));
        Assert.Equal((bob[0], 1), (bobs!.TakeId, bobs.Attempt));
        Assert.Equal(1, recovered.Requeued);
        Assert.Equal([alice[0]], recovered.DeadLettered);
        Assert.Equal(0, await _server.Redis.GetDatabase().HashLengthAsync(_keys.QueueRunning));
        Assert.Equal(Sorted([alice[1], bob[0]]), Sorted((await DrainAsync(cap: 1)).Select(l => l.TakeId)));
    }

    [Fact]
    public async Task RequeueExpiredAsync_MoreThanOneBatchAtMaxAttempts_DeadLettersThemAll()
    {
        var ids = await EnqueueAsync("alice", 150);
        _ = await DrainAsync();
        Time.Advance(LeaseFor);

        var recovered = await Queue.RequeueExpiredAsync(1, None);

        Assert.Equal(0, recovered.Requeued);
        Assert.Equal(ids.ToHashSet(), recovered.DeadLettered.ToHashSet());
        Assert.Equal(150, recovered.DeadLettered.Count);
        Assert.All(await Queue.ListDeadLettersAsync(200, None), d => Assert.Equal(("The worker stopped while making this clip, 1 times.", 1), (d.Reason, d.Attempts)));
        Assert.Equal(0, (await Queue.GetStatusAsync(null, None)).Running);
    }

    [Fact]
    public async Task EnqueueAsync_JobDeadLetteredByRecoveryQueuedAgain_StartsAtAttemptOne()
    {
        var id = (await EnqueueAsync("alice", 1))[0];
        _ = await LeaseAsync();
        Time.Advance(LeaseFor);
        Assert.Equal([id], (await Queue.RequeueExpiredAsync(1, None)).DeadLettered);

        await Queue.EnqueueAsync(new JobRequest(id, "alice"), None);
        var again = await LeaseAsync();

        Assert.Equal((id, 1), (again!.TakeId, again.Attempt));
        Assert.Empty(await Queue.ListDeadLettersAsync(10, None));
    }

    [Fact]
    public async Task RequeueExpiredAsync_MaxAttemptsBelowOne_Throws()
    {
        var recover = () => Queue.RequeueExpiredAsync(0, None);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(recover);
    }

    private static IEnumerable<TakeId> Sorted(IEnumerable<TakeId> ids) => ids.OrderBy(id => id.Value, StringComparer.Ordinal);
}
