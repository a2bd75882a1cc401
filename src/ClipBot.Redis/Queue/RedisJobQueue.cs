using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClipBot.Redis.Queue;

/// <summary>
/// The at-least-once, fair-share queue of design §6 on lists, sorted sets, hashes and Lua (Garnet has no
/// Streams). Each owner has a waiting line; a ring of owners decides whose turn it is; leases, retries and
/// dead letters are sorted sets. Every step that moves a job is one script, so a crash never leaves a job in
/// two places or in none. Each script gets only the keys it touches and is called by its SHA1. Pub/sub only
/// wakes idle workers, and only while one is signed up as idle, so a busy queue publishes nothing; the data
/// is never in the message, and no call ever blocks the shared multiplexer with a blocking pop. A busy worker
/// makes one round trip per job: it completes a job and leases its next in the same script.
/// </summary>
internal sealed partial class RedisJobQueue : IJobQueue, IDisposable
{
    // Jobs moved per script by the sweeps, so that no script holds the server for long.
    private const int Batch = 100;

    // Dead letters kept for the operator; older ones go as new ones come.
    private const int DeadLettersKept = 10_000;

    // The dead letter of a job whose lease kept expiring; %d is the attempts, filled in by the script.
    private const string WorkerStoppedReason = "The worker stopped while making this clip, %d times.";

    private readonly IConnectionMultiplexer _redis;
    private readonly IDatabase _db;
    private readonly RedisKeys _keys;
    private readonly TimeProvider _time;
    private readonly ILogger<RedisJobQueue> _logger;
    private readonly QueueScriptRunner _scripts;

    public RedisJobQueue(IConnectionMultiplexer redis, RedisKeys keys, TimeProvider time, ILogger<RedisJobQueue> logger)
    {
        _redis = redis;
        _db = redis.GetDatabase();
        _keys = keys;
        _time = time;
        _logger = logger;
        _scripts = new QueueScriptRunner(_db, keys, logger);
        _waiterPrefix = $"{Guid.NewGuid():N}:";
        _onWakeUp = (_, _) => _signal.Pulse();

        // Wake-ups published while the connection was down are lost; assume there is work, as SE.Redis advises.
        redis.ConnectionRestored += OnConnectionRestored;
    }

    public async Task EnqueueAsync(JobRequest job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrEmpty(job.OwnerId);
        cancellationToken.ThrowIfCancellationRequested();

        // Checkpoint: enqueue. Once the script returns, the job is queued (on the embedded store, already in
        // the AOF). The wake-up, when a worker is idle, is published by the same script; a worker that misses
        // it finds the job when its wait times out.
        var added = await _scripts.RunAsync(QueueScripts.Enqueue, job.TakeId.Value, job.OwnerId, LeaseTime.Now(_time));
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
        var result = await _scripts.RunAsync(QueueScripts.Lease, now, deadline, token, workerId, perOwnerCap, Batch);
        if (result.IsNull)
        {
            return null;
        }

        var fields = (RedisResult[])result!;
        return Leased(fields[0], fields[1], fields[2], token, deadline, workerId);
    }

    public async Task<bool> RenewAsync(JobLease lease, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        cancellationToken.ThrowIfCancellationRequested();
        var deadline = LeaseTime.Deadline(_time, leaseFor);

        // Checkpoint: renew. A renewal lost in a crash is harmless until the old deadline. A stale token means
        // the lease expired and was requeued (maybe leased again): the caller must stop working on the job.
        var renewed = await _scripts.RunAsync(QueueScripts.Renew, lease.TakeId.Value, lease.Token, deadline);
        return Fenced(renewed, lease, "renew");
    }

    public async Task<bool> CompleteAsync(JobLease lease, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        cancellationToken.ThrowIfCancellationRequested();

        // Checkpoint: complete. A crash before this script means the job runs again after its deadline
        // (at-least-once); the take's own status tells the next worker what was already done. After it, the
        // job is gone for good and its owner has a slot free. The token fences it: a holder whose lease was
        // requeued completes nothing, so the take is posted once.
        var completed = await _scripts.RunAsync(QueueScripts.Complete, lease.TakeId.Value, lease.Token, DurationMs(duration), LeaseTime.Now(_time));
        return Fenced(completed, lease, "complete");
    }

    public async Task<CompleteResult> CompleteAndLeaseNextAsync(
        JobLease lease, TimeSpan duration, string workerId, TimeSpan leaseFor, int perOwnerCap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(perOwnerCap, 1);
        cancellationToken.ThrowIfCancellationRequested();
        Volatile.Write(ref _lastCap, perOwnerCap);
        var now = LeaseTime.Now(_time);
        var deadline = LeaseTime.Deadline(_time, leaseFor);
        var token = Guid.NewGuid().ToString("N");

        // Checkpoints: complete, then lease, in one script, as CompleteAsync and TryLeaseAsync describe them;
        // a busy worker makes one round trip per job. The completion is fenced by the old token alone: a
        // stale one completes nothing, and the worker still gets its next job.
        var fields = (RedisResult[])(await _scripts.RunAsync(
            QueueScripts.CompleteAndLeaseNext,
            lease.TakeId.Value, lease.Token, DurationMs(duration), now, deadline, token, workerId, perOwnerCap, Batch))!;
        var completed = Fenced(fields[0], lease, "complete");
        var next = fields.Length > 1 ? Leased(fields[1], fields[2], fields[3], token, deadline, workerId) : null;
        return new CompleteResult(completed, next);
    }

    public async Task<bool> RetryLaterAsync(JobLease lease, DateTimeOffset due, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(reason);
        cancellationToken.ThrowIfCancellationRequested();

        // Checkpoint: retry. The lease ends and the job waits in the delayed set in one script. A crash
        // before it means the lease expires and the job is requeued at once, with the attempt already
        // counted; after it, the job comes back to the head of its owner's line once due.
        var scheduled = await _scripts.RunAsync(QueueScripts.RetryLater, lease.TakeId.Value, lease.Token, due.ToUnixTimeMilliseconds(), reason, LeaseTime.Now(_time));
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
        // it means the lease expires and the job runs once more, then fails again (on its last attempt,
        // recovery dead-letters it instead, with the worker's death as the reason); after it, the job is never
        // leased again unless it is queued anew.
        var buried = await _scripts.RunAsync(QueueScripts.DeadLetter, lease.TakeId.Value, lease.Token, reason, LeaseTime.Now(_time), DeadLettersKept);
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
        var released = await _scripts.RunAsync(QueueScripts.Release, lease.TakeId.Value, lease.Token, LeaseTime.Now(_time));
        return Fenced(released, lease, "release");
    }

    public async Task<CancelOutcome> CancelAsync(TakeId takeId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var outcome = (long)await _scripts.RunAsync(QueueScripts.Cancel, takeId.Value) switch
        {
            1 => CancelOutcome.Removed,
            2 => CancelOutcome.Running,
            _ => CancelOutcome.NotQueued,
        };
        _logger.JobCancelRequested(takeId.Value, outcome);
        return outcome;
    }

    public async Task<RecoveryResult> RequeueExpiredAsync(int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        var now = LeaseTime.Now(_time);

        // Checkpoint: requeue. Each batch is one script, so a crash mid-way leaves every job either still
        // leased (picked up by the next run) or waiting or dead-lettered; never two, never none. Running it
        // from every worker at once is safe: a job moves only once. A job whose lease expired on its last
        // attempt is given up on rather than requeued: its workers died on it every time.
        var requeued = 0;
        List<TakeId>? deadLettered = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = (RedisResult[])(await _scripts.RunAsync(
                QueueScripts.RequeueExpired, now, Batch, maxAttempts, DeadLettersKept, WorkerStoppedReason))!;
            var buried = (RedisResult[])result[1]!;
            requeued += (int)result[0];
            foreach (var id in buried)
            {
                var takeId = new TakeId(id.ToString());
                (deadLettered ??= []).Add(takeId);
                _logger.ExpiredJobDeadLettered(takeId.Value, maxAttempts);
            }

            if ((int)result[0] + buried.Length < Batch)
            {
                break;
            }
        }

        if (requeued > 0)
        {
            _logger.ExpiredLeasesRequeued(requeued);
        }

        // Due retries normally come back when a worker leases; idle workers are woken for them here too.
        var promoted = await RunBatchesAsync(QueueScripts.PromoteDueRetries, now, cancellationToken);
        if (promoted > 0)
        {
            _logger.DueRetriesPromoted(promoted);
        }

        return new RecoveryResult(requeued, deadLettered ?? []);
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

    private async Task<int> RunBatchesAsync(QueueScript script, long now, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var moved = (int)await _scripts.RunAsync(script, now, Batch);
            total += moved;
            if (moved < Batch)
            {
                return total;
            }
        }
    }

    private static long DurationMs(TimeSpan duration) => (long)Math.Max(0, duration.TotalMilliseconds);

    private JobLease Leased(RedisResult id, RedisResult owner, RedisResult attempt, string token, long deadline, string workerId)
    {
        var lease = new JobLease(new TakeId(id.ToString()), owner.ToString(), token, LeaseTime.ToDateTime(deadline), (int)attempt);
        _logger.JobLeased(lease.TakeId.Value, workerId, lease.ExpiresAt, lease.Attempt);
        return lease;
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
