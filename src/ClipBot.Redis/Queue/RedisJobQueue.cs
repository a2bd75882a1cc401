using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClipBot.Redis.Queue;

/// <summary>
/// The at-least-once, fair-share queue of design §6 on lists, sorted sets, hashes and Lua (Garnet has no
/// Streams). Each owner has a waiting line; a ring of owners decides whose turn it is; leases, retries and
/// dead letters are sorted sets. Every step that moves a job is one script, so a crash never leaves a job in
/// two places or in none. Pub/sub only wakes idle workers; the data is never in the message, and no call
/// ever blocks the shared multiplexer with a blocking pop.
/// </summary>
internal sealed partial class RedisJobQueue : IJobQueue, IDisposable
{
    // Jobs moved per script by the sweeps, so that no script holds the server for long.
    private const int Batch = 100;

    // Dead letters kept for the operator; older ones go as new ones come.
    private const int DeadLettersKept = 10_000;

    private readonly IConnectionMultiplexer _redis;
    private readonly IDatabase _db;
    private readonly RedisKeys _keys;
    private readonly TimeProvider _time;
    private readonly ILogger<RedisJobQueue> _logger;
    private readonly RedisKey[] _queueKeys;

    public RedisJobQueue(IConnectionMultiplexer redis, RedisKeys keys, TimeProvider time, ILogger<RedisJobQueue> logger)
    {
        _redis = redis;
        _db = redis.GetDatabase();
        _keys = keys;
        _time = time;
        _logger = logger;
        _queueKeys = QueueKeys(keys);
        _onWakeUp = (_, _) => _signal.Pulse();

        // Wake-ups published while the connection was down are lost; assume there is work, as SE.Redis advises.
        redis.ConnectionRestored += OnConnectionRestored;
    }

    /// <summary>The KEYS of every queue script, in the order the scripts name them.</summary>
    public static RedisKey[] QueueKeys(RedisKeys keys) =>
    [
        keys.QueueRing, keys.QueueOwnerOf, keys.QueueRunning, keys.QueueLeases, keys.QueueJobState,
        keys.QueueDelayed, keys.QueueDead, keys.QueueDeadInfo, keys.QueueStats, keys.QueueWorkers,
        keys.QueueWorkerSlots,
    ];

    public async Task EnqueueAsync(JobRequest job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrEmpty(job.OwnerId);
        cancellationToken.ThrowIfCancellationRequested();

        // Checkpoint: enqueue. Once the script returns, the job is queued (on the embedded store, already in
        // the AOF). The wake-up is published by the same script; a worker that misses it finds the job when
        // its wait times out.
        var added = await RunAsync(QueueScripts.Enqueue, job.TakeId.Value, job.OwnerId);
        if ((long)added == 1)
        {
            _logger.JobEnqueued(job.TakeId.Value, job.OwnerId);
        }
        else
        {
            _logger.JobAlreadyQueued(job.TakeId.Value);
        }
    }

    public async Task<JobLease?> TryLeaseAsync(string workerId, TimeSpan leaseFor, int perOwnerCap, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(perOwnerCap, 1);
        cancellationToken.ThrowIfCancellationRequested();
        Volatile.Write(ref _lastCap, perOwnerCap);
        var now = LeaseTime.Now(_time);
        var deadline = LeaseTime.Deadline(_time, leaseFor);
        var token = Guid.NewGuid().ToString("N");

        // Checkpoint: lease. Taking the job from its owner's line and putting it in the lease set is one
        // script, so no crash leaves the job in neither place. If this worker dies after the script, the job
        // sits in the lease set until the deadline and RequeueExpired gives it to another worker; if it dies
        // before, the job is still waiting.
        var result = await RunAsync(QueueScripts.Lease, now, deadline, token, workerId, perOwnerCap, Batch);
        if (result.IsNull)
        {
            return null;
        }

        var fields = (RedisResult[])result!;
        var lease = new JobLease(
            new TakeId(fields[0].ToString()),
            fields[1].ToString(),
            token,
            LeaseTime.ToDateTime(deadline),
            (int)fields[2]);
        _logger.JobLeased(lease.TakeId.Value, workerId, lease.ExpiresAt, lease.Attempt);
        return lease;
    }

    public async Task<bool> RenewAsync(JobLease lease, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        cancellationToken.ThrowIfCancellationRequested();
        var deadline = LeaseTime.Deadline(_time, leaseFor);

        // Checkpoint: renew. A renewal lost in a crash is harmless until the old deadline. A stale token means
        // the lease expired and was requeued (maybe leased again): the caller must stop working on the job.
        var renewed = await RunAsync(QueueScripts.Renew, lease.TakeId.Value, lease.Token, deadline);
        return Fenced(renewed, lease, "renew");
    }

    public async Task<bool> CompleteAsync(JobLease lease, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        cancellationToken.ThrowIfCancellationRequested();
        var durationMs = (long)Math.Max(0, duration.TotalMilliseconds);

        // Checkpoint: complete. A crash before this script means the job runs again after its deadline
        // (at-least-once); the take's own status tells the next worker what was already done. After it, the
        // job is gone for good and its owner has a slot free. The token fences it: a holder whose lease was
        // requeued completes nothing, so the take is posted once.
        var completed = await RunAsync(QueueScripts.Complete, lease.TakeId.Value, lease.Token, durationMs);
        return Fenced(completed, lease, "complete");
    }

    public async Task<bool> RetryLaterAsync(JobLease lease, DateTimeOffset due, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();

        // Checkpoint: retry. The lease ends and the job waits in the delayed set in one script. A crash
        // before it means the lease expires and the job is requeued at once, with the attempt already
        // counted; after it, the job comes back to the head of its owner's line once due.
        var scheduled = await RunAsync(QueueScripts.RetryLater, lease.TakeId.Value, lease.Token, due.ToUnixTimeMilliseconds(), reason);
        if (!Fenced(scheduled, lease, "retry"))
        {
            return false;
        }

        _logger.JobRetryScheduled(lease.TakeId.Value, lease.Attempt, due);
        return true;
    }

    public async Task<bool> DeadLetterAsync(JobLease lease, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();

        // Checkpoint: dead-letter. The lease ends and the dead letter is written in one script. A crash before
        // it means the lease expires and the job runs once more, then fails again; after it, the job is never
        // leased again unless it is queued anew.
        var buried = await RunAsync(QueueScripts.DeadLetter, lease.TakeId.Value, lease.Token, reason, LeaseTime.Now(_time), DeadLettersKept);
        if (!Fenced(buried, lease, "dead-letter"))
        {
            return false;
        }

        _logger.JobDeadLettered(lease.TakeId.Value, lease.Attempt, reason);
        return true;
    }

    public async Task<bool> ReleaseAsync(JobLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        cancellationToken.ThrowIfCancellationRequested();

        // Checkpoint: release. The job goes back to the head of its owner's line at once instead of waiting
        // out its deadline, and the attempt is given back; a crash before it only means that wait (and the
        // attempt stays counted).
        var released = await RunAsync(QueueScripts.Release, lease.TakeId.Value, lease.Token);
        return Fenced(released, lease, "release");
    }

    public async Task<CancelOutcome> CancelAsync(TakeId takeId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var outcome = (long)await RunAsync(QueueScripts.Cancel, takeId.Value) switch
        {
            1 => CancelOutcome.Removed,
            2 => CancelOutcome.Running,
            _ => CancelOutcome.NotQueued,
        };
        _logger.JobCancelRequested(takeId.Value, outcome);
        return outcome;
    }

    public async Task<int> RequeueExpiredAsync(CancellationToken cancellationToken)
    {
        var now = LeaseTime.Now(_time);

        // Checkpoint: requeue. Each batch is one script, so a crash mid-way leaves every job either still
        // leased (picked up by the next run) or waiting; never both, never neither. Running it from every
        // worker at once is safe: a job moves only once.
        var requeued = await RunBatchesAsync(QueueScripts.RequeueExpired, now, cancellationToken);
        if (requeued > 0)
        {
            _logger.ExpiredLeasesRequeued(requeued);
        }

        // Due retries normally come back when a worker leases; idle workers are woken for them here too.
        var promoted = await RunBatchesAsync(QueueScripts.PromoteDue, now, cancellationToken);
        if (promoted > 0)
        {
            _logger.DueRetriesPromoted(promoted);
        }

        return requeued;
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

    private async Task<int> RunBatchesAsync(string script, long now, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var moved = (int)await RunAsync(script, now, Batch);
            total += moved;
            if (moved < Batch)
            {
                return total;
            }
        }
    }

    private Task<RedisResult> RunAsync(string script, params RedisValue[] args)
    {
        var values = new RedisValue[args.Length + 2];
        values[0] = _keys.QueueOwnerPrefix;
        values[1] = _keys.QueueWakeUp.ToString();
        args.CopyTo(values, 2);
        return _db.ScriptEvaluateAsync(script, _queueKeys, values);
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
}
