using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>The fake holds the queue's contract that the pipeline tests rely on, the way the Redis scripts do.</summary>
public sealed class InMemoryJobQueueTests
{
    private const int NoCap = 1000;
    private static readonly TimeSpan LeaseFor = TimeSpan.FromMinutes(1);

    private readonly FakeTimeProvider _time = new(TestTakes.Start);
    private readonly InMemoryJobQueue _queue;

    public InMemoryJobQueueTests()
    {
        _queue = new InMemoryJobQueue(_time);
    }

    [Fact]
    public async Task TryLeaseAsync_SeveralOwners_ServedRoundRobin()
    {
        var a = await EnqueueAsync("a", 3);
        var b = await EnqueueAsync("b", 2);

        var served = await LeaseAllAsync(NoCap);

        Assert.Equal([a[0], b[0], a[1], b[1], a[2]], served);
    }

    [Fact]
    public async Task TryLeaseAsync_OwnerAtCap_SkippedUntilALeaseEnds()
    {
        var a = await EnqueueAsync("a", 2);
        var b = await EnqueueAsync("b", 1);
        var first = await _queue.TryLeaseAsync("w", LeaseFor, 1, CancellationToken.None);
        var second = await _queue.TryLeaseAsync("w", LeaseFor, 1, CancellationToken.None);
        var third = await _queue.TryLeaseAsync("w", LeaseFor, 1, CancellationToken.None);

        await _queue.CompleteAsync(first!, TimeSpan.FromSeconds(1), CancellationToken.None);
        var fourth = await _queue.TryLeaseAsync("w", LeaseFor, 1, CancellationToken.None);

        Assert.Equal(a[0], first!.TakeId);
        Assert.Equal(b[0], second!.TakeId);
        Assert.Null(third);
        Assert.Equal(a[1], fourth!.TakeId);
    }

    [Fact]
    public async Task GetStatusAsync_Positions_MatchTheOrderTheRingServesThem()
    {
        await EnqueueAsync("a", 1);
        await EnqueueAsync("b", 4);
        await EnqueueAsync("c", 2);
        await EnqueueAsync("d", 3);
        await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        var predicted = new Dictionary<TakeId, int>();
        foreach (var owner in new[] { "a", "b", "c", "d" })
        {
            var status = await _queue.GetStatusAsync(owner, CancellationToken.None);
            foreach (var job in status.OwnerJobs.Where(j => j.Position is not null))
            {
                predicted[job.TakeId] = job.Position!.Value;
            }
        }

        var served = await LeaseAllAsync(NoCap);

        Assert.Equal(8, predicted.Count);
        Assert.Equal(served.Select((id, i) => (id, i + 1)), served.Select(id => (id, predicted[id])));
    }

    [Fact]
    public async Task GetStatusAsync_Always_CountsWaitingRunningAndRetryingAndListsTheOwnersJobsRunningFirst()
    {
        var mine = await EnqueueAsync("me", 3);
        await EnqueueAsync("other", 1);
        await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        var retrying = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        await _queue.RetryLaterAsync(retrying!, TestTakes.Start.AddSeconds(30), "busy", CancellationToken.None);

        var status = await _queue.GetStatusAsync("me", CancellationToken.None);

        Assert.Equal((1L, 2L, 1L), (status.Waiting, status.Running, status.Retrying));
        Assert.Equal(
        [
            new QueuedJob(mine[0], Running: true, Position: null, RetryAt: null),
            new QueuedJob(mine[2], Running: false, Position: 1, RetryAt: null),
            new QueuedJob(mine[1], Running: false, Position: null, RetryAt: TestTakes.Start.AddSeconds(30)),
        ], status.OwnerJobs);
    }

    [Fact]
    public async Task CompleteAsync_StaleToken_FencedOff()
    {
        var id = (await EnqueueAsync("a", 1))[0];
        var stale = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        _queue.TakeOver(id, LeaseFor);

        var completed = await _queue.CompleteAsync(stale!, TimeSpan.Zero, CancellationToken.None);
        var renewed = await _queue.RenewAsync(stale!, LeaseFor, CancellationToken.None);
        var retried = await _queue.RetryLaterAsync(stale!, TestTakes.Start, "x", CancellationToken.None);
        var dead = await _queue.DeadLetterAsync(stale!, "x", CancellationToken.None);
        var released = await _queue.ReleaseAsync(stale!, CancellationToken.None);

        Assert.Equal([false, false, false, false, false], new[] { completed, renewed, retried, dead, released });
        Assert.Empty(_queue.Completed);
    }

    [Fact]
    public async Task RetryLaterAsync_BeforeAndAfterDue_LeasedOnlyOnceDueWithTheNextAttempt()
    {
        var id = (await EnqueueAsync("a", 1))[0];
        var lease = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        await _queue.RetryLaterAsync(lease!, TestTakes.Start.AddSeconds(10), "busy", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(9));
        var early = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));

        var due = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);

        Assert.Null(early);
        Assert.Equal(id, due!.TakeId);
        Assert.Equal(2, due.Attempt);
    }

    [Fact]
    public async Task ReleaseAsync_Leased_BackAtTheHeadOfItsLineWithTheAttemptTakenBack()
    {
        var ids = await EnqueueAsync("a", 2);
        var lease = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);

        await _queue.ReleaseAsync(lease!, CancellationToken.None);
        var again = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);

        Assert.Equal(ids[0], again!.TakeId);
        Assert.Equal(1, again.Attempt);
    }

    [Fact]
    public async Task CancelAsync_WaitingLeasedOrUnknown_SaysWhatItFound()
    {
        var ids = await EnqueueAsync("a", 2);
        await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);

        var running = await _queue.CancelAsync(ids[0], CancellationToken.None);
        var removed = await _queue.CancelAsync(ids[1], CancellationToken.None);
        var again = await _queue.CancelAsync(ids[1], CancellationToken.None);

        Assert.Equal([CancelOutcome.Running, CancelOutcome.Removed, CancelOutcome.NotQueued], new[] { running, removed, again });
        Assert.Empty(_queue.Waiting);
        Assert.Empty(_queue.Ring);
    }

    [Fact]
    public async Task DeadLetterAsync_Leased_KeptWithReasonAndAttemptsNewestFirst()
    {
        var ids = await EnqueueAsync("a", 2);
        var first = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        var second = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        await _queue.DeadLetterAsync(first!, "gone", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        await _queue.DeadLetterAsync(second!, "also gone", CancellationToken.None);

        var dead = await _queue.ListDeadLettersAsync(10, CancellationToken.None);

        Assert.Equal(
        [
            new DeadLetter(ids[1], "a", "also gone", 1, TestTakes.Start.AddSeconds(1)),
            new DeadLetter(ids[0], "a", "gone", 1, TestTakes.Start),
        ], dead);
    }

    [Fact]
    public async Task GetStatusAsync_AfterCompletionsAndReports_MovingAverageAndLiveSlots()
    {
        await EnqueueAsync("a", 2);
        var first = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        var second = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        await _queue.CompleteAsync(first!, TimeSpan.FromSeconds(10), CancellationToken.None);
        await _queue.CompleteAsync(second!, TimeSpan.FromSeconds(20), CancellationToken.None);
        await _queue.ReportWorkerAsync("p1", 2, TimeSpan.FromSeconds(30), CancellationToken.None);
        await _queue.ReportWorkerAsync("p2", 3, TimeSpan.FromSeconds(10), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(10));

        var status = await _queue.GetStatusAsync(null, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(12), status.AverageDuration);
        Assert.Equal(2, status.WorkerSlots);
        Assert.Empty(status.OwnerJobs);
    }

    [Fact]
    public async Task RequeueExpiredAsync_ExpiredLease_BackAtTheHeadKeepingTheAttempt()
    {
        var ids = await EnqueueAsync("a", 2);
        await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);
        _time.Advance(LeaseFor);

        var recovered = await _queue.RequeueExpiredAsync(maxAttempts: 3, CancellationToken.None);
        var again = await _queue.TryLeaseAsync("w", LeaseFor, NoCap, CancellationToken.None);

        Assert.Equal(1, recovered.Requeued);
        Assert.Empty(recovered.DeadLettered);
        Assert.Equal(ids[0], again!.TakeId);
        Assert.Equal(2, again.Attempt);
    }

    [Fact]
    public async Task WaitForWorkAsync_JobEnqueuedWhileWaiting_WakesUp()
    {
        var waiting = _queue.WaitForWorkAsync(TimeSpan.FromMinutes(5), CancellationToken.None);
        var wokeEarly = waiting.IsCompleted;

        await EnqueueAsync("a", 1);
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(wokeEarly);
    }

    private async Task<List<TakeId>> EnqueueAsync(string owner, int count)
    {
        List<TakeId> ids = [];
        for (var i = 0; i < count; i++)
        {
            var id = TakeId.New();
            await _queue.EnqueueAsync(id, owner);
            ids.Add(id);
        }

        return ids;
    }

    private async Task<List<TakeId>> LeaseAllAsync(int cap)
    {
        List<TakeId> served = [];
        while (await _queue.TryLeaseAsync("w", LeaseFor, cap, CancellationToken.None) is { } lease)
        {
            served.Add(lease.TakeId);
        }

        return served;
    }
}
