namespace ClipBot.Redis.Queue;

/// <summary>
/// A wake-up every current waiter sees: each pulse completes the task handed out so far and starts a new one.
/// </summary>
internal sealed class WorkSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next pulse; take it before checking for work, so no pulse is missed in between.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    // Waiters continue on the pool, never inside the pub/sub callback that pulsed.
    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
