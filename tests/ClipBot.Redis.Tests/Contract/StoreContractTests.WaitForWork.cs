using System.Diagnostics;
using ClipBot.Core.Takes;

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

        await Queue.EnqueueAsync(TakeId.New(), None);
        await waiting.WaitAsync(Prompt);

        Assert.True(stopwatch.Elapsed < Prompt, $"woke after {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task WaitForWorkAsync_JobAlreadyQueued_ReturnsAtOnce()
    {
        await Queue.EnqueueAsync(TakeId.New(), None);

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

    /// <summary>Lets the wait reach its timer (after subscribing and checking the length) before time moves.</summary>
    private static async Task WaitUntilPendingAsync(Task waiting)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(waiting.IsCompleted);
    }
}
