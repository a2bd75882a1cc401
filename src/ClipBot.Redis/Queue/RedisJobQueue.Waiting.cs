using StackExchange.Redis;

namespace ClipBot.Redis.Queue;

/// <summary>Idle workers: they sleep until a wake-up, the next retry falls due, or the wait times out.</summary>
internal sealed partial class RedisJobQueue
{
    private readonly WorkSignal _signal = new();
    private readonly Action<RedisChannel, RedisValue> _onWakeUp;
    private readonly Lock _gate = new();
    private Task? _subscription;

    // The cap of the latest lease attempt. The check before a wait uses it: an owner at its cap has jobs
    // waiting that this worker may not take, and waking for them would make idle workers spin.
    private int _lastCap = int.MaxValue;

    public async Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        await EnsureSubscribedAsync().WaitAsync(cancellationToken);
        var wakeUp = _signal.Next;

        // A job enqueued after the caller's empty lease but before this wait published its wake-up too early
        // to count; the check catches it. It also finds the next retry, which no one publishes when it falls due.
        var next = (string?)await RunAsync(QueueStatusScripts.NextWork, Volatile.Read(ref _lastCap));
        var due = LeaseTime.ParseMs(next ?? "-1");
        var wait = maxWait;
        if (due >= 0)
        {
            var untilDue = LeaseTime.ToDateTime(due) - _time.GetUtcNow();
            if (untilDue <= TimeSpan.Zero)
            {
                return;
            }

            wait = untilDue < maxWait ? untilDue : maxWait;
        }

        try
        {
            await wakeUp.WaitAsync(wait, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Waking at the timeout is the normal case of an idle queue.
        }
    }

    // One subscription per queue instance, and the queue is a singleton: one per process.
    private Task EnsureSubscribedAsync()
    {
        lock (_gate)
        {
            if (_subscription is null || _subscription.IsFaulted || _subscription.IsCanceled)
            {
                _subscription = _redis.GetSubscriber().SubscribeAsync(_keys.QueueWakeUp, _onWakeUp);
            }

            return _subscription;
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) => _signal.Pulse();
}
