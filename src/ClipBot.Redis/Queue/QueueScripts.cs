using static ClipBot.Redis.Queue.QueueKey;

namespace ClipBot.Redis.Queue;

/// <summary>
/// The queue's Lua. Every script runs atomically on the server, so a job is always in exactly one place:
/// its owner's waiting list, the lease set or the delayed set (or gone: completed, dead-lettered, cancelled).
/// Times come from the caller's clock in Unix ms; the server's clock is never read, which keeps the scripts
/// deterministic and testable with a fake clock.
/// </summary>
/// <remarks>
/// <para>
/// Each script gets only the keys it touches (see <see cref="QueueScript"/>), and the same first two ARGV: the
/// prefix of the owners' waiting lists and the wake-up channel; its own arguments start at ARGV[3]. Two
/// invariants hold after every script: an owner is in the ring exactly when its waiting list is not empty,
/// and running[owner] is the number of that owner's jobs in the lease set.
/// </para>
/// <para>
/// Wake-ups are published only when a worker may be asleep: idle workers put themselves in the idle set
/// (waiter → expiry ms) before they sleep, and a script that makes work available publishes only while that
/// set has a live member. One message wakes every idle worker, so the script empties the set; each worker
/// registers again before its next sleep. A busy queue therefore publishes nothing.
/// </para>
/// <para>
/// Lua numbers never go back to the server as arguments unless they are integers: Garnet's Lua is 5.4 and
/// writes a float 5 as "5.0", where Redis's 5.1 writes "5".
/// </para>
/// </remarks>
internal static partial class QueueScripts
{
    /// <summary>
    /// ARGV: id, owner, now ms. Appends the job to its owner's line. Returns 1, or 0 when the job is already in
    /// the queue (an enqueue retried by the caller changes nothing). A dead letter queued again leaves the
    /// dead-letter set.
    /// </summary>
    public static readonly QueueScript Enqueue = new("enqueue", [OwnerOf, Ring, Dead, DeadInfo, Idle], WakeIdle + """
        local id, owner = ARGV[3], ARGV[4]
        if redis.call('HSETNX', ownerOf, id, owner) == 0 then
            return 0
        end
        if redis.call('RPUSH', ownerPrefix .. owner, id) == 1 then
            redis.call('RPUSH', ring, owner)
        end
        if redis.call('ZREM', dead, id) == 1 then
            redis.call('HDEL', deadInfo, 'reason:' .. id, 'attempts:' .. id, 'owner:' .. id)
        end
        wakeIdle(ARGV[5])
        return 1
        """);

    /// <summary>
    /// ARGV: now ms, deadline ms, token, worker, per-owner cap, promote batch. First moves due retries back
    /// to waiting, then leases the next job in turn (see <see cref="LeaseNext"/>). Returns {id, owner,
    /// attempt}, or nil when nothing may run.
    /// </summary>
    public static readonly QueueScript Lease = new("lease", [Delayed, OwnerOf, Ring, Running, Leases, JobState], OwnerOfJob + PushHead + PromoteDue + LeaseNext + """
        promoteDue(ARGV[3], ARGV[8])
        return leaseNext(ARGV[4], ARGV[5], ARGV[6], ARGV[7])
        """);

    /// <summary>ARGV: id, token, new deadline ms. Returns 1, or 0 when the token is no longer the holder's.</summary>
    public static readonly QueueScript Renew = new("renew", [JobState, Leases], Holds + """
        local id = ARGV[3]
        if not holds(id, ARGV[4]) then
            return 0
        end
        redis.call('ZADD', leases, 'XX', ARGV[5], id)
        return 1
        """);

    /// <summary>
    /// ARGV: id, token, duration ms, now ms. Removes the job for good and folds its duration into the moving
    /// average (see <see cref="CompleteJob"/>). Returns 1, or 0 when the token is stale.
    /// </summary>
    public static readonly QueueScript Complete = new("complete", [OwnerOf, Running, Leases, JobState, Stats, Ring, Idle], OwnerOfJob + Holds + Finish + CompleteJob + WakeIdle + """
        local owner = completeJob(ARGV[3], ARGV[4], ARGV[5])
        if not owner then
            return 0
        end
        wakeIdleForOwner(owner, ARGV[6])
        return 1
        """);

    /// <summary>
    /// ARGV: id, token, duration ms, now ms, deadline ms, new token, worker, per-owner cap, promote batch.
    /// <see cref="Complete"/> and then <see cref="Lease"/> in one step, for the worker that has just finished
    /// a job: a stale token completes nothing, but the worker still gets its next job. Returns {1 or 0 for
    /// completed, id, owner, attempt} when a job was leased, else {1 or 0}.
    /// </summary>
    public static readonly QueueScript CompleteAndLeaseNext = new(
        "complete-and-lease-next",
        [OwnerOf, Running, Leases, JobState, Stats, Delayed, Ring, Idle],
        OwnerOfJob + Holds + PushHead + Finish + CompleteJob + PromoteDue + LeaseNext + WakeIdle + """
        local now = ARGV[6]
        local owner = completeJob(ARGV[3], ARGV[4], ARGV[5])
        local promoted = promoteDue(now, ARGV[11])
        local leased = leaseNext(ARGV[7], ARGV[8], ARGV[9], ARGV[10])
        local completed = owner and 1 or 0

        -- What this worker did not take may be work for an idle one: the freed owner's next job, or a retry.
        if owner then
            wakeIdleForOwner(owner, now)
        end
        if promoted > 0 then
            wakeIdleIfWaiting(now)
        end
        if leased then
            return {completed, leased[1], leased[2], leased[3]}
        end
        return {completed}
        """);

    /// <summary>
    /// ARGV: id, token, due ms, reason, now ms. Ends the lease and parks the job in the delayed set until due;
    /// the attempt count stays, so the next lease counts up. Returns 1, or 0 when the token is stale.
    /// </summary>
    public static readonly QueueScript RetryLater = new("retry-later", [OwnerOf, Running, Leases, JobState, Delayed, Ring, Idle], OwnerOfJob + Holds + EndLease + WakeIdle + """
        local id = ARGV[3]
        if not holds(id, ARGV[4]) then
            return 0
        end
        local owner = ownerOfJob(id)
        endLease(id, owner)
        redis.call('HSET', jobState, 'reason:' .. id, ARGV[6])
        redis.call('ZADD', delayed, ARGV[5], id)
        wakeIdleForOwner(owner, ARGV[7])
        return 1
        """);

    /// <summary>
    /// ARGV: id, token, reason, now ms, dead letters kept. Ends the lease, forgets the job and records it as
    /// a dead letter (see <see cref="Bury"/>). Returns 1, or 0 when the token is stale.
    /// </summary>
    public static readonly QueueScript DeadLetter = new("dead-letter", [OwnerOf, Running, Leases, JobState, Dead, DeadInfo, Ring, Idle], OwnerOfJob + Holds + Finish + Bury + WakeIdle + """
        local id, now = ARGV[3], ARGV[6]
        if not holds(id, ARGV[4]) then
            return 0
        end
        local owner = ownerOfJob(id)
        local attempts = redis.call('HGET', jobState, 'attempt:' .. id) or '0'
        finish(id, owner)
        bury(id, owner, ARGV[5], attempts, now, ARGV[7])
        wakeIdleForOwner(owner, now)
        return 1
        """);

    /// <summary>
    /// ARGV: id, token, now ms. Puts the job back at the head of its owner's line and takes back its attempt:
    /// a release is the worker stepping aside (shutdown), not the job failing. Returns 1, or 0 when the token
    /// is stale.
    /// </summary>
    public static readonly QueueScript Release = new("release", [OwnerOf, Running, Leases, JobState, Ring, Idle], OwnerOfJob + Holds + PushHead + EndLease + WakeIdle + """
        local id = ARGV[3]
        if not holds(id, ARGV[4]) then
            return 0
        end
        local owner = ownerOfJob(id)
        endLease(id, owner)
        if redis.call('HINCRBY', jobState, 'attempt:' .. id, -1) <= 0 then
            redis.call('HDEL', jobState, 'attempt:' .. id)
        end
        pushHead(owner, id)
        wakeIdle(ARGV[5])
        return 1
        """);

    /// <summary>
    /// ARGV: id. Returns 2 when the job is leased (nothing changes: the worker must be told), 1 when it was
    /// waiting or delayed and is now gone (its owner leaves the ring if that was its last waiting job), 0
    /// when the queue does not hold it.
    /// </summary>
    public static readonly QueueScript Cancel = new("cancel", [Leases, OwnerOf, Delayed, Ring, JobState], Forget + """
        local id = ARGV[3]
        if redis.call('ZSCORE', leases, id) then
            return 2
        end
        local owner = redis.call('HGET', ownerOf, id)
        if not owner then
            return 0
        end
        local removed = redis.call('ZREM', delayed, id)
        if removed == 0 then
            local line = ownerPrefix .. owner
            removed = redis.call('LREM', line, 0, id)
            if removed > 0 and redis.call('LLEN', line) == 0 then
                redis.call('LREM', ring, 0, owner)
            end
        end
        forget(id)
        if removed > 0 then
            return 1
        end
        return 0
        """);

    /// <summary>
    /// ARGV: now ms, batch size, max attempts, dead letters kept, reason format (with one %d for the
    /// attempts). Takes up to a batch of expired leases, latest deadline first. A job already leased max
    /// attempts times (its workers kept dying on it) is dead-lettered with the formatted reason; the others go
    /// back to the head of their owners' lines, each pushed to the head, so the earliest deadline ends up
    /// first in line, also across batches. The attempt count stays, so a job that keeps killing its workers
    /// runs out of attempts. Returns {requeued count, {dead-lettered ids}}.
    /// </summary>
    public static readonly QueueScript RequeueExpired = new(
        "requeue-expired",
        [Leases, OwnerOf, Running, JobState, Ring, Dead, DeadInfo, Idle],
        OwnerOfJob + PushHead + EndLease + Finish + Bury + WakeIdle + """
        local now, maxAttempts = ARGV[3], tonumber(ARGV[5])
        local ids = redis.call('ZREVRANGEBYSCORE', leases, now, '-inf', 'LIMIT', 0, ARGV[4])
        local requeued, buried = 0, {}
        for _, id in ipairs(ids) do
            local owner = ownerOfJob(id)
            local attempts = tonumber(redis.call('HGET', jobState, 'attempt:' .. id)) or 0
            if attempts >= maxAttempts then
                finish(id, owner)
                bury(id, owner, string.format(ARGV[7], attempts), attempts, now, ARGV[6])
                table.insert(buried, id)
            else
                endLease(id, owner)
                pushHead(owner, id)
                requeued = requeued + 1
            end
        end
        if #ids > 0 then
            wakeIdleIfWaiting(now)
        end
        return {requeued, buried}
        """);

    /// <summary>ARGV: now ms, batch size. Moves up to a batch of due retries back to waiting; returns how many.</summary>
    public static readonly QueueScript PromoteDueRetries = new("promote-due", [Delayed, OwnerOf, Ring, Idle], OwnerOfJob + PushHead + PromoteDue + WakeIdle + """
        local moved = promoteDue(ARGV[3], ARGV[4])
        if moved > 0 then
            wakeIdle(ARGV[3])
        end
        return moved
        """);
}
