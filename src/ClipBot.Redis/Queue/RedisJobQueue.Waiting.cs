using System.Globalization;
using StackExchange.Redis;

namespace ClipBot.Redis.Queue;

/// <summary>
/// Idle workers: they sign up in the idle set and sleep until a wake-up, the next retry falls due, or the
/// wait times out. Scripts publish wake-ups only while someone is signed up, so a busy queue publishes none.
/// </summary>
internal sealed partial class RedisJobQueue
{
    // A sign-up outlives its wait by this much, so that a clock a little ahead elsewhere does not take it for
    // expired. It only matters for a waiter whose process died without signing off: scripts then publish
    // wake-ups for nobody until it expires, which costs a message each, not a lost job.
    private static readonly TimeSpan SignUpMargin = TimeSpan.FromSeconds(30);

    // The longest sign-up, also for an endless wait; a longer wait still ends at its timeout.
    private static readonly TimeSpan LongestSignUp = TimeSpan.FromDays(1);

    private readonly WorkSignal _signal = new();
    private readonly Action<RedisChannel, RedisValue> _onWakeUp;
    private readonly Lock _gate = new();
    private readonly string _waiterPrefix;
    private Task? _subscription;
    private long _waits;

    // The cap of the latest lease attempt. The check before a wait uses it: an owner at its cap has jobs
    // waiting that this worker may not take, and waking for them would make idle workers spin.
    private int _lastCap = int.MaxValue;

    public async Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        await EnsureSubscribedAsync().WaitAsync(cancellationToken);
        var wakeUp = _signal.Next;

        // One script checks for work and, finding none, signs this waiter up as idle. A job enqueued after the
        // caller's empty lease is seen by the check, or, if it comes after the script, its script sees the
        // sign-up and publishes a wake-up, which completes wakeUp: taken before the script, it misses none.
        // The check also finds the next retry, which no one publishes when it falls due.
        var now = LeaseTime.Now(_time);
        var signUp = maxWait < TimeSpan.Zero || maxWait > LongestSignUp ? LongestSignUp : maxWait;
        var waiter = _waiterPrefix + Interlocked.Increment(ref _waits).ToString(CultureInfo.InvariantCulture);
        var expires = now + (long)(signUp + SignUpMargin).TotalMilliseconds;
        var next = (string?)await _scripts.RunAsync(QueueStatusScripts.WaitForWork, Volatile.Read(ref _lastCap), now, waiter, expires);
        var due = LeaseTime.ParseMs(next ?? "-1");
        if (due == 0)
        {
            // Work now; the script did not sign up.
            return;
        }

        try
        {
            var wait = maxWait;
            if (due > 0)
            {
                var untilDue = LeaseTime.ToDateTime(due) - _time.GetUtcNow();
                if (untilDue <= TimeSpan.Zero)
                {
                    return;
                }

                wait = untilDue < maxWait ? untilDue : maxWait;
            }

            await wakeUp.WaitAsync(wait, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Waking at the timeout is the normal case of an idle queue.
        }
        finally
        {
            SignOff(waiter);
        }
    }

    // Without waiting for the reply; if it is lost (or the store is down), the sign-up expires by itself. A
    // wake-up has usually emptied the idle set already.
    private void SignOff(string waiter)
    {
        try
        {
            _ = _db.SortedSetRemoveAsync(_keys.QueueIdle, waiter, CommandFlags.FireAndForget);
        }
        catch (RedisException)
        {
            // Expires by itself; until then, wake-ups are published for nobody.
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
