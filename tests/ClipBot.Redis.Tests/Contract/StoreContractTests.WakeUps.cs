using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Contract;

/// <summary>
/// Wake-ups are published only while a worker is signed up as idle, and one wake-up serves every idle worker.
/// Counting them: a sentinel published after the steps arrives after every wake-up they published, since one
/// channel's messages keep their order; so no test here sleeps to prove that nothing came. The sentinel is a
/// wake-up too, for the queues listening.
/// </summary>
public abstract partial class StoreContractTests
{
    private const string Sentinel = "sentinel";

    [Fact]
    public async Task QueueSteps_NoWorkerIdle_PublishNoWakeUp()
    {
        var wakeUps = await ListenForWakeUpsAsync();
        await EnqueueAsync("alice", 3);
        var first = await LeaseAsync(cap: 1);
        var next = await Queue.CompleteAndLeaseNextAsync(first!, TimeSpan.FromSeconds(1), "w1", LeaseFor, NoCap, None);
        await Queue.RetryLaterAsync(next.Next!, Time.GetUtcNow().AddMinutes(1), "busy", None);
        await Queue.ReleaseAsync((await LeaseAsync())!, None);

        var published = await CountWakeUpsAsync(wakeUps);

        Assert.Equal(0, published);
    }

    [Fact]
    public async Task EnqueueAsync_TwoWorkersIdle_OneWakeUpWakesBoth()
    {
        var wakeUps = await ListenForWakeUpsAsync();
        var first = NewQueue().WaitForWorkAsync(LongWait, None);
        var second = NewQueue().WaitForWorkAsync(LongWait, None);
        await WaitUntilPendingAsync(first);
        await UntilSignedUpAsync(2);

        await EnqueueAsync("alice", 3);
        await Task.WhenAll(first, second).WaitAsync(Prompt);

        Assert.Equal(1, await CountWakeUpsAsync(wakeUps));
        Assert.Equal(0, await IdleCountAsync());
    }

    [Fact]
    public async Task WaitForWorkAsync_Waiting_SignedUpUntilItsWaitAndAMargin()
    {
        var waiting = NewQueue().WaitForWorkAsync(TimeSpan.FromSeconds(5), None);
        await WaitUntilPendingAsync(waiting);
        await UntilSignedUpAsync(1);

        var signUps = await _server.Redis.GetDatabase().SortedSetRangeByRankWithScoresAsync(_keys.QueueIdle);

        var signUp = Assert.Single(signUps);
        Assert.Equal((Time.GetUtcNow() + TimeSpan.FromSeconds(35)).ToUnixTimeMilliseconds(), (long)signUp.Score);
    }

    [Fact]
    public async Task WaitForWorkAsync_TimedOut_SignsOff()
    {
        var waiting = Queue.WaitForWorkAsync(TimeSpan.FromSeconds(5), None);
        await WaitUntilPendingAsync(waiting);

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (!waiting.IsCompleted && stopwatch.Elapsed < Prompt)
        {
            Time.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromMilliseconds(50)));
        }

        await waiting.WaitAsync(Prompt);

        // The sign-off went out before the wait returned, on the same connection as this read.
        Assert.Equal(0, await IdleCountAsync());
    }

    [Fact]
    public async Task WaitForWorkAsync_Cancelled_SignsOff()
    {
        using var cancellation = new CancellationTokenSource();
        var waiting = Queue.WaitForWorkAsync(LongWait, cancellation.Token);
        await WaitUntilPendingAsync(waiting);
        await UntilSignedUpAsync(1);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Prompt));
        Assert.Equal(0, await IdleCountAsync());
    }

    [Fact]
    public async Task WaitForWorkAsync_WorkWaiting_ReturnsWithoutSigningUp()
    {
        await EnqueueAsync("alice", 1);

        await NewQueue().WaitForWorkAsync(LongWait, None).WaitAsync(Prompt);

        Assert.Equal(0, await IdleCountAsync());
    }

    [Fact]
    public async Task EnqueueAsync_OnlyAnExpiredSignUpOfADeadWorker_PublishesNoWakeUp()
    {
        var wakeUps = await ListenForWakeUpsAsync();
        await _server.Redis.GetDatabase().SortedSetAddAsync(_keys.QueueIdle, "dead-process:1", Time.GetUtcNow().AddMilliseconds(-1).ToUnixTimeMilliseconds());

        await EnqueueAsync("alice", 2);

        Assert.Equal(0, await CountWakeUpsAsync(wakeUps));
    }

    [Fact]
    public async Task EnqueueAsync_LiveSignUp_PublishesOnceAndEmptiesTheIdleSet()
    {
        var wakeUps = await ListenForWakeUpsAsync();
        await _server.Redis.GetDatabase().SortedSetAddAsync(_keys.QueueIdle, "other-process:1", Time.GetUtcNow().AddMinutes(1).ToUnixTimeMilliseconds());

        await EnqueueAsync("alice", 3);

        Assert.Equal(1, await CountWakeUpsAsync(wakeUps));
        Assert.Equal(0, await IdleCountAsync());
    }

    [Fact]
    public async Task CompleteAsync_FreedOwnerHasNothingWaiting_PublishesNoWakeUp()
    {
        await EnqueueAsync("alice", 2);
        var bob = await EnqueueAsync("bob", 1);
        _ = await LeaseAsync(cap: 1);
        var bobs = await LeaseAsync(cap: 1);
        var waiter = NewQueue();
        Assert.Null(await waiter.TryLeaseAsync("w2", LeaseFor, 1, None));
        var waiting = waiter.WaitForWorkAsync(LongWait, None);
        await WaitUntilPendingAsync(waiting);
        await UntilSignedUpAsync(1);
        var wakeUps = await ListenForWakeUpsAsync();

        var completed = await Queue.CompleteAsync(bobs!, TimeSpan.FromSeconds(1), None);

        // A wake-up would have emptied the idle set; the sentinel wakes the waiter, so it is read last.
        Assert.Equal(bob[0], bobs!.TakeId);
        Assert.True(completed);
        Assert.Equal(1, await IdleCountAsync());
        Assert.Equal(0, await CountWakeUpsAsync(wakeUps));
    }

    [Fact]
    public async Task RequeueExpiredAsync_WorkerIdle_WakesItForTheRequeuedJob()
    {
        var id = (await EnqueueAsync("alice", 1))[0];
        _ = await NewQueue().TryLeaseAsync("crashed", LeaseFor, NoCap, None);
        var waiting = Queue.WaitForWorkAsync(LongWait, None);
        await WaitUntilPendingAsync(waiting);

        // Moving the fake clock past the deadline does not end this wait: only LongWait would.
        Time.Advance(LeaseFor);
        var recovered = await NewQueue().RequeueExpiredAsync(MaxAttempts, None);
        await waiting.WaitAsync(Prompt);

        Assert.Equal(1, recovered.Requeued);
        Assert.Equal(id, (await LeaseAsync())!.TakeId);
    }

    private async Task<ChannelMessageQueue> ListenForWakeUpsAsync() =>
        await _server.Redis.GetSubscriber().SubscribeAsync(_keys.QueueWakeUp);

    // Publishes the sentinel and counts the wake-ups that came before it; ends the subscription.
    private async Task<int> CountWakeUpsAsync(ChannelMessageQueue wakeUps)
    {
        await _server.Redis.GetSubscriber().PublishAsync(_keys.QueueWakeUp, Sentinel);
        var count = 0;
        using var timeout = new CancellationTokenSource(Prompt);
        while ((await wakeUps.ReadAsync(timeout.Token)).Message != Sentinel)
        {
            count++;
        }

        await wakeUps.UnsubscribeAsync();
        return count;
    }

    // The sign-up is the wait's first round trip; on a loaded machine it may come after the 300 ms of WaitUntilPendingAsync.
    private async Task UntilSignedUpAsync(int waiters)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (await IdleCountAsync() < waiters && stopwatch.Elapsed < Prompt)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }

        Assert.Equal(waiters, await IdleCountAsync());
    }

    private Task<long> IdleCountAsync() => _server.Redis.GetDatabase().SortedSetLengthAsync(_keys.QueueIdle);
}
