using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClipBot.Redis.Queue;

/// <summary>
/// The at-least-once queue of design §6 on a list, a sorted set, a hash and Lua (Garnet has no Streams).
/// Pub/sub only wakes idle workers; the data is never in the message, and no call ever blocks the shared
/// multiplexer with a blocking pop.
/// </summary>
internal sealed class RedisJobQueue : IJobQueue, IDisposable
{
    private const int RequeueBatch = 100;

    private readonly IConnectionMultiplexer _redis;
    private readonly IDatabase _db;
    private readonly RedisKeys _keys;
    private readonly TimeProvider _time;
    private readonly ILogger<RedisJobQueue> _logger;
    private readonly RedisKey[] _queueKeys;
    private readonly WorkSignal _signal = new();
    private readonly Action<RedisChannel, RedisValue> _onWakeUp;
    private readonly Lock _gate = new();
    private Task? _subscription;

    public RedisJobQueue(IConnectionMultiplexer redis, RedisKeys keys, TimeProvider time, ILogger<RedisJobQueue> logger)
    {
        _redis = redis;
        _db = redis.GetDatabase();
        _keys = keys;
        _time = time;
        _logger = logger;
        _queueKeys = [keys.QueuePending, keys.QueueLeases, keys.QueueLeaseState];
        _onWakeUp = (_, _) => _signal.Pulse();

        // Wake-ups published while the connection was down are lost; assume there is work, as SE.Redis advises.
        redis.ConnectionRestored += OnConnectionRestored;
    }

    public async Task EnqueueAsync(TakeId takeId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Checkpoint: enqueue. Once RPUSH returns, the job is queued (on the embedded store, already in the AOF).
        // A crash before the PUBLISH below costs only the wake-up: idle workers find the job when their wait
        // times out.
        await _db.ListRightPushAsync(_keys.QueuePending, takeId.Value);
        await _db.PublishAsync(_keys.QueueWakeUp, RedisValue.EmptyString);
        _logger.JobEnqueued(takeId.Value);
    }

    public async Task<JobLease?> TryLeaseAsync(string workerId, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var deadline = LeaseTime.Deadline(_time, leaseFor);
        var token = Guid.NewGuid().ToString("N");

        // Checkpoint: lease. The pop and the lease happen in one script, so no crash leaves the job in neither
        // place. If this worker dies after the script, the job sits in the lease set until the deadline and
        // RequeueExpired gives it to another worker; if it dies before, the job is still pending.
        var result = await _db.ScriptEvaluateAsync(QueueScripts.Lease, _queueKeys, [deadline, token, workerId]);
        if (result.IsNull)
        {
            return null;
        }

        var fields = (RedisResult[])result!;
        var lease = new JobLease(new TakeId(fields[0].ToString()), token, LeaseTime.ToDateTime(deadline), (int)fields[1]);
        _logger.JobLeased(lease.TakeId.Value, workerId, lease.ExpiresAt, lease.Attempt);
        return lease;
    }

    public async Task<bool> RenewAsync(JobLease lease, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var deadline = LeaseTime.Deadline(_time, leaseFor);

        // Checkpoint: renew. A renewal lost in a crash is harmless until the old deadline. A stale token means
        // the lease expired and was requeued (maybe leased again): the caller must stop working on the job.
        var renewed = await _db.ScriptEvaluateAsync(QueueScripts.Renew, _queueKeys, [lease.TakeId.Value, lease.Token, deadline]);
        return Fenced(renewed, lease, "renew");
    }

    public async Task<bool> CompleteAsync(JobLease lease, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Checkpoint: complete. A crash before this script means the job runs again after its deadline
        // (at-least-once); the take's own status tells the next worker what was already done. After it, the
        // job is gone for good. The token fences it: a holder whose lease was requeued completes nothing.
        var completed = await _db.ScriptEvaluateAsync(QueueScripts.Complete, _queueKeys, [lease.TakeId.Value, lease.Token]);
        return Fenced(completed, lease, "complete");
    }

    public async Task<bool> ReleaseAsync(JobLease lease, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Checkpoint: release. The job goes back to the head at once instead of waiting out its deadline; a
        // crash before it only means that wait.
        var released = await _db.ScriptEvaluateAsync(QueueScripts.Release, _queueKeys, [lease.TakeId.Value, lease.Token]);
        if (!Fenced(released, lease, "release"))
        {
            return false;
        }

        await _db.PublishAsync(_keys.QueueWakeUp, RedisValue.EmptyString);
        return true;
    }

    public async Task<int> RequeueExpiredAsync(CancellationToken cancellationToken)
    {
        var now = LeaseTime.Now(_time);
        var total = 0;

        // Checkpoint: requeue. Each batch is one script, so a crash mid-way leaves every job either still
        // leased (picked up by the next run) or pending; never both, never neither. Running it from every
        // worker at once is safe: a job moves only once.
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var moved = (int)await _db.ScriptEvaluateAsync(QueueScripts.RequeueExpired, _queueKeys, [now, RequeueBatch]);
            total += moved;
            if (moved < RequeueBatch)
            {
                break;
            }
        }

        if (total > 0)
        {
            _logger.ExpiredLeasesRequeued(total);
            await _db.PublishAsync(_keys.QueueWakeUp, RedisValue.EmptyString);
        }

        return total;
    }

    public async Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        await EnsureSubscribedAsync().WaitAsync(cancellationToken);
        var wakeUp = _signal.Next;

        // A job enqueued after the caller's empty lease but before this wait published its wake-up too early
        // to count; the length check catches it.
        if (await CountQueuedAsync(cancellationToken) > 0)
        {
            return;
        }

        try
        {
            await wakeUp.WaitAsync(maxWait, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Waking at the timeout is the normal case of an idle queue.
        }
    }

    public Task<long> CountQueuedAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _db.ListLengthAsync(_keys.QueuePending);
    }

    public void Dispose()
    {
        _redis.ConnectionRestored -= OnConnectionRestored;
        lock (_gate)
        {
            if (_subscription is not null)
            {
                // Fire and forget: at shutdown the multiplexer closes next anyway.
                _redis.GetSubscriber().Unsubscribe(_keys.QueueWakeUp, _onWakeUp, CommandFlags.FireAndForget);
                _subscription = null;
            }
        }
    }

    private bool Fenced(RedisResult result, JobLease lease, string action)
    {
        if ((long)result == 1)
        {
            return true;
        }

        _logger.LeaseFenced(lease.TakeId.Value, action);
        return false;
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
