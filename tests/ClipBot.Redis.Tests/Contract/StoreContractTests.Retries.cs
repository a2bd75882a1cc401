using ClipBot.Core.Queue;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.Tests.Contract;

public abstract partial class StoreContractTests
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RetryLaterAsync_BeforeDue_JobIsNotLeasable()
    {
        await EnqueueAsync("alice", 1);
        var lease = await LeaseAsync();

        var scheduled = await Queue.RetryLaterAsync(lease!, Time.GetUtcNow() + RetryDelay, "provider busy", None);
        Time.Advance(RetryDelay - TimeSpan.FromMilliseconds(1));
        var early = await LeaseAsync();

        Assert.True(scheduled);
        Assert.Null(early);
        var status = await Queue.GetStatusAsync(null, None);
        Assert.Equal((0L, 0L, 1L), (status.Waiting, status.Running, status.Retrying));
    }

    [Fact]
    public async Task RetryLaterAsync_AfterDue_LeasedFirstInItsOwnersLineWithTheAttemptCounted()
    {
        var alice = await EnqueueAsync("alice", 3);
        var first = await LeaseAsync();
        await Queue.RetryLaterAsync(first!, Time.GetUtcNow() + RetryDelay, "provider busy", None);
        var second = await LeaseAsync();

        Time.Advance(RetryDelay);
        var rest = await DrainAsync();

        Assert.Equal(alice[1], second!.TakeId);
        Assert.Equal([alice[0], alice[2]], rest.Select(l => l.TakeId));
        Assert.Equal([2, 1], rest.Select(l => l.Attempt));
    }

    [Fact]
    public async Task RequeueExpiredAsync_DueRetry_MovesItBackToWaiting()
    {
        await EnqueueAsync("alice", 1);
        var lease = await LeaseAsync();
        await Queue.RetryLaterAsync(lease!, Time.GetUtcNow() + RetryDelay, "provider busy", None);
        Time.Advance(RetryDelay);

        var requeued = await RequeueAsync();

        Assert.Equal(0, requeued);
        var status = await Queue.GetStatusAsync(null, None);
        Assert.Equal((1L, 0L, 0L), (status.Waiting, status.Running, status.Retrying));
        Assert.Equal(["alice"], await RingAsync());
    }

    [Fact]
    public async Task DeadLetterAsync_HeldLease_ListedWithReasonAndAttemptsAndNeverLeasedAgain()
    {
        var id = (await EnqueueAsync("alice", 1))[0];
        var first = await LeaseAsync();
        await Queue.RetryLaterAsync(first!, Time.GetUtcNow() + RetryDelay, "provider busy", None);
        Time.Advance(RetryDelay);
        var second = await LeaseAsync();
        Time.Advance(TimeSpan.FromSeconds(5));

        var buried = await Queue.DeadLetterAsync(second!, "The provider refused the prompt.", None);

        Assert.True(buried);
        var letter = Assert.Single(await Queue.ListDeadLettersAsync(10, None));
        Assert.Equal(new DeadLetter(id, "alice", "The provider refused the prompt.", 2, Time.GetUtcNow()), letter);
        Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await RequeueAsync());
        Assert.Null(await LeaseAsync());
        var status = await Queue.GetStatusAsync("alice", None);
        Assert.Equal((0L, 0L, 0L), (status.Waiting, status.Running, status.Retrying));
        Assert.Empty(status.OwnerJobs);
    }

    [Fact]
    public async Task ListDeadLettersAsync_SeveralDeadLetters_NewestFirstUpToCount()
    {
        var ids = await EnqueueAsync("alice", 3);
        foreach (var lease in await DrainAsync())
        {
            await Queue.DeadLetterAsync(lease, $"reason {lease.TakeId}", None);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var newestTwo = await Queue.ListDeadLettersAsync(2, None);
        var none = await Queue.ListDeadLettersAsync(0, None);

        Assert.Equal([ids[2], ids[1]], newestTwo.Select(d => d.TakeId));
        Assert.Equal($"reason {ids[2]}", newestTwo[0].Reason);
        Assert.Empty(none);
    }

    [Fact]
    public async Task EnqueueAsync_DeadLetterQueuedAgain_LeavesTheDeadLettersAndStartsAtAttemptOne()
    {
        var id = (await EnqueueAsync("alice", 1))[0];
        await Queue.DeadLetterAsync((await LeaseAsync())!, "refused", None);

        await Queue.EnqueueAsync(new JobRequest(id, "alice"), None);
        var again = await LeaseAsync();

        Assert.Equal(id, again!.TakeId);
        Assert.Equal(1, again.Attempt);
        Assert.Empty(await Queue.ListDeadLettersAsync(10, None));
    }

    [Fact]
    public async Task CancelAsync_WaitingJob_RemovedAndNeverLeased()
    {
        var alice = await EnqueueAsync("alice", 3);

        var outcome = await Queue.CancelAsync(alice[1], None);

        Assert.Equal(CancelOutcome.Removed, outcome);
        Assert.Equal([alice[0], alice[2]], (await DrainAsync()).Select(l => l.TakeId));
        Assert.Equal(CancelOutcome.NotQueued, await Queue.CancelAsync(alice[1], None));
    }

    [Fact]
    public async Task CancelAsync_LastWaitingJobOfAnOwner_TakesTheOwnerOutOfTheRing()
    {
        var alice = await EnqueueAsync("alice", 1);
        var bob = await EnqueueAsync("bob", 1);

        var outcome = await Queue.CancelAsync(alice[0], None);

        Assert.Equal(CancelOutcome.Removed, outcome);
        Assert.Equal(["bob"], await RingAsync());
        Assert.Empty(await OwnerLineAsync("alice"));
        Assert.Equal(bob, (await DrainAsync()).Select(l => l.TakeId));
    }

    [Fact]
    public async Task CancelAsync_DelayedJob_RemovedAndNotLeasedWhenDue()
    {
        var id = (await EnqueueAsync("alice", 1))[0];
        await Queue.RetryLaterAsync((await LeaseAsync())!, Time.GetUtcNow() + RetryDelay, "provider busy", None);

        var outcome = await Queue.CancelAsync(id, None);
        Time.Advance(RetryDelay);

        Assert.Equal(CancelOutcome.Removed, outcome);
        Assert.Null(await LeaseAsync());
        Assert.Equal(0, (await Queue.GetStatusAsync(null, None)).Retrying);
    }

    [Fact]
    public async Task CancelAsync_LeasedJob_ReportsRunningAndLeavesTheLease()
    {
        var id = (await EnqueueAsync("alice", 1))[0];
        var lease = await LeaseAsync();

        var outcome = await Queue.CancelAsync(id, None);

        Assert.Equal(CancelOutcome.Running, outcome);
        Assert.Equal(1, (await Queue.GetStatusAsync(null, None)).Running);
        Assert.True(await Queue.CompleteAsync(lease!, TimeSpan.FromSeconds(1), None));
    }

    [Fact]
    public async Task CancelAsync_CompletedOrUnknownJob_NotQueued()
    {
        var id = (await EnqueueAsync("alice", 1))[0];
        await Queue.CompleteAsync((await LeaseAsync())!, TimeSpan.FromSeconds(1), None);

        var completed = await Queue.CancelAsync(id, None);
        var unknown = await Queue.CancelAsync(TakeId.New(), None);

        Assert.Equal(CancelOutcome.NotQueued, completed);
        Assert.Equal(CancelOutcome.NotQueued, unknown);
    }
}
