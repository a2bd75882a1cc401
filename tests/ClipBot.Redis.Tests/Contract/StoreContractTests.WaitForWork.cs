using System.Diagnostics;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Contract;

public abstract partial class StoreContractTests
{
    // Far beyond any real wake-up; the fake clock never reaches it unless a test advances it.
    private static readonly TimeSpan LongWait = TimeSpan.FromMinutes(10);

    // Real time allowed for a pub/sub round trip on a busy 2-core machine.
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task WaitForWorkAsync_EnqueueFromAnotherWorker_WakesPromptly()
    {
        var waiter = NewQueue();
        var stopwatch = Stopwatch.StartNew();
        var waiting = waiter.WaitForWorkAsync(LongWait, None);

        await Queue.EnqueueAsync(new JobRequest(TakeId.New(), "alice"), None);
        await waiting.WaitAsync(Prompt);

        Assert.True(stopwatch.Elapsed < Prompt, $"woke after {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task WaitForWorkAsync_JobAlreadyQueued_ReturnsAtOnce()
    {
        await Queue.EnqueueAsync(new JobRequest(TakeId.New(), "alice"), None);

        var waiting = NewQueue().WaitForWorkAsync(LongWait, None);

        await waiting.WaitAsync(Prompt);
    }

    [Fact]
    public async Task WaitForWorkAsync_NothingEnqueued_ReturnsAtMaxWait()
    {
        var waiting = Queue.WaitForWorkAsync(TimeSpan.FromSeconds(5), None);
        await WaitUntilPendingAsync(waiting);
        Time.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        var completedEarly = waiting.IsCompleted;

        // The wait arms its timer only after subscribing and checking the length, which on a loaded machine
        // may come after the first Advance; keep moving time until the timer fires.
        var stopwatch = Stopwatch.StartNew();
        while (!waiting.IsCompleted && stopwatch.Elapsed < Prompt)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromMilliseconds(50)));
        }

        Assert.False(completedEarly);
        await waiting.WaitAsync(Prompt);
    }

    [Fact]
    public async Task WaitForWorkAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var waiting = Queue.WaitForWorkAsync(LongWait, cancellation.Token);
        await WaitUntilPendingAsync(waiting);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Prompt));
    }

    [Fact]
    public async Task WaitForWorkAsync_OnlyOwnersAtTheirCapWaiting_KeepsWaiting()
    {
        await EnqueueAsync("alice", 2);
        var waiter = NewQueue();
        _ = await waiter.TryLeaseAsync("w1", LeaseFor, 1, None);
        Assert.Null(await waiter.TryLeaseAsync("w2", LeaseFor, 1, None));

        var waiting = waiter.WaitForWorkAsync(LongWait, None);

        await WaitUntilPendingAsync(waiting);
    }

    [Fact]
    public async Task WaitForWorkAsync_RetryFallsDueBeforeMaxWait_ReturnsWhenDue()
    {
        await EnqueueAsync("alice", 1);
        await Queue.RetryLaterAsync((await LeaseAsync())!, Time.GetUtcNow() + RetryDelay, "provider busy", None);
        var waiting = Queue.WaitForWorkAsync(LongWait, None);
        await WaitUntilPendingAsync(waiting);

        var stopwatch = Stopwatch.StartNew();
        while (!waiting.IsCompleted && stopwatch.Elapsed < Prompt)
        {
            Time.Advance(RetryDelay);
            await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromMilliseconds(50)));
        }

        await waiting.WaitAsync(Prompt);
        Assert.True(Time.GetUtcNow() - TestTakes.Epoch < LongWait);
        Assert.NotNull(await LeaseAsync());
    }

    [Fact]
    public async Task WaitForWorkAsync_RetryAlreadyDue_ReturnsAtOnce()
    {
        await EnqueueAsync("alice", 1);
        await Queue.RetryLaterAsync((await LeaseAsync())!, Time.GetUtcNow() + RetryDelay, "provider busy", None);
        Time.Advance(RetryDelay);

        var waiting = NewQueue().WaitForWorkAsync(LongWait, None);

        await waiting.WaitAsync(Prompt);
    }

    /// <summary>Lets the wait reach its timer (after subscribing and checking the length) before time moves.</summary>
    private static async Task WaitUntilPendingAsync(Task waiting)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(waiting.IsCompleted);
    }
}
