namespace ClipBot.Redis.Queue;

/// <summary>
/// The queue's Lua. Every script runs atomically on the server, so a job is always in exactly one place:
/// its owner's waiting list, the lease set or the delayed set (or gone: completed, dead-lettered, cancelled).
/// Times come from the caller's clock in Unix ms; the server's clock is never read, which keeps the scripts
/// deterministic and testable with a fake clock.
/// </summary>
/// <remarks>
/// Every script gets the same KEYS (<see cref="RedisJobQueue.QueueKeys"/>) and the same first two ARGV: the prefix of the
/// owners' waiting lists and the wake-up channel; its own arguments start at ARGV[3]. Two invariants hold
/// after every script: an owner is in the ring exactly when its waiting list is not empty, and
/// running[owner] is the number of that owner's jobs in the lease set.
/// Lua numbers never go back to the server as arguments unless they are integers: Garnet's Lua is 5.4 and
/// writes a float 5 as "5.0", where Redis's 5.1 writes "5".
/// </remarks>
internal static class QueueScripts
{
    private const string Prelude = """
        local ring, ownerOf, running, leases, state, delayed, dead, deadInfo, stats =
            KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7], KEYS[8], KEYS[9]
        local ownerPrefix, wake = ARGV[1], ARGV[2]

        local function ownerOfJob(id)
            return redis.call('HGET', ownerOf, id) or ''
        end

        local function holds(id, token)
            return redis.call('HGET', state, 'token:' .. id) == token
        end

        -- The head of the owner's line; the owner joins the ring's tail if its line was empty.
        local function pushHead(owner, id)
            if redis.call('LPUSH', ownerPrefix .. owner, id) == 1 then
                redis.call('RPUSH', ring, owner)
            end
        end

        -- Out of the lease set, token dropped, one running job fewer for the owner (never below zero).
        local function endLease(id, owner)
            redis.call('ZREM', leases, id)
            redis.call('HDEL', state, 'token:' .. id, 'worker:' .. id)
            if redis.call('HINCRBY', running, owner, -1) <= 0 then
                redis.call('HDEL', running, owner)
            end
        end

        -- Gone from the queue for good: nothing of the job is left but what the caller writes next.
        local function forget(id)
            redis.call('HDEL', ownerOf, id)
            redis.call('HDEL', state, 'attempt:' .. id, 'reason:' .. id)
        end

        -- A lease ended: an owner skipped at its cap may be served now.
        local function wakeIfWaiting()
            if redis.call('LLEN', ring) > 0 then
                redis.call('PUBLISH', wake, '')
            end
        end

        -- Due retries back to the head of their owners' lines. Latest due first, each pushed to the head, so
        -- the earliest due ends up first, also across batches.
        local function promoteDue(now, batch)
            local ids = redis.call('ZREVRANGEBYSCORE', delayed, now, '-inf', 'LIMIT', 0, batch)
            for _, id in ipairs(ids) do
                redis.call('ZREM', delayed, id)
                pushHead(ownerOfJob(id), id)
            end
            return #ids
        end

        """;

    /// <summary>
    /// ARGV: id, owner. Appends the job to its owner's line. Returns 1, or 0 when the job is already in the
    /// queue (an enqueue retried by the caller changes nothing). A dead letter queued again leaves the
    /// dead-letter set.
    /// </summary>
    public const string Enqueue = Prelude + """
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
        redis.call('PUBLISH', wake, '')
        return 1
        """;

    /// <summary>
    /// ARGV: now ms, deadline ms, token, worker, per-owner cap, promote batch. First moves due retries back
    /// to waiting. Then walks the ring at most once round: the head owner moves to the tail; an owner at its
    /// cap is skipped; otherwise the head of its line is leased, and the owner leaves the ring if its line is
    /// now empty. Returns {id, owner, attempt}, or nil when nothing may run.
    /// </summary>
    public const string Lease = Prelude + """
        promoteDue(ARGV[3], ARGV[8])
        local cap = tonumber(ARGV[7])
        for _ = 1, redis.call('LLEN', ring) do
            local owner = redis.call('LPOP', ring)
            redis.call('RPUSH', ring, owner)
            if (tonumber(redis.call('HGET', running, owner)) or 0) < cap then
                local line = ownerPrefix .. owner
                local id = redis.call('LPOP', line)
                if redis.call('LLEN', line) == 0 then
                    redis.call('LREM', ring, -1, owner)
                end
                if id then
                    redis.call('ZADD', leases, ARGV[4], id)
                    local attempt = redis.call('HINCRBY', state, 'attempt:' .. id, 1)
                    redis.call('HSET', state, 'token:' .. id, ARGV[5], 'worker:' .. id, ARGV[6])
                    redis.call('HINCRBY', running, owner, 1)
                    return {id, owner, attempt}
                end
            end
        end
        return false
        """;

    /// <summary>ARGV: id, token, new deadline ms. Returns 1, or 0 when the token is no longer the holder's.</summary>
    public const string Renew = Prelude + """
        local id = ARGV[3]
        if not holds(id, ARGV[4]) then
            return 0
        end
        redis.call('ZADD', leases, 'XX', ARGV[5], id)
        return 1
        """;

    /// <summary>
    /// ARGV: id, token, duration ms. Removes the job for good and folds its duration into the moving average
    /// (avg = 0.8 avg + 0.2 d; the first duration starts it). Returns 1, or 0 when the token is stale.
    /// </summary>
    public const string Complete = Prelude + """
        local id = ARGV[3]
        if not holds(id, ARGV[4]) then
            return 0
        end
        endLease(id, ownerOfJob(id))
        forget(id)
        local duration = tonumber(ARGV[5])
        local average = tonumber(redis.call('HGET', stats, 'avg'))
        if average then
            average = 0.8 * average + 0.2 * duration
        else
            average = duration
        end
        redis.call('HSET', stats, 'avg', string.format('%.3f', average))
        redis.call('HINCRBY', stats, 'count', 1)
        wakeIfWaiting()
        return 1
        """;

    /// <summary>
    /// ARGV: id, token, due ms, reason. Ends the lease and parks the job in the delayed set until due; the
    /// attempt count stays, so the next lease counts up. Returns 1, or 0 when the token is stale.
    /// </summary>
    public const string RetryLater = Prelude + """
        local id = ARGV[3]
        if not holds(id, ARGV[4]) then
            return 0
        end
        endLease(id, ownerOfJob(id))
        redis.call('HSET', state, 'reason:' .. id, ARGV[6])
        redis.call('ZADD', delayed, ARGV[5], id)
        wakeIfWaiting()
        return 1
        """;

    /// <summary>
    /// ARGV: id, token, reason, now ms, dead letters kept. Ends the lease, forgets the job and records it as
    /// a dead letter with its reason, attempts and owner; beyond the number kept, the oldest go. Returns 1,
    /// or 0 when the token is stale.
    /// </summary>
    public const string DeadLetter = Prelude + """
        local id = ARGV[3]
        if not holds(id, ARGV[4]) then
            return 0
        end
        local owner = ownerOfJob(id)
        local attempts = redis.call('HGET', state, 'attempt:' .. id) or '0'
        endLease(id, owner)
        forget(id)
        redis.call('ZADD', dead, ARGV[6], id)
        redis.call('HSET', deadInfo, 'reason:' .. id, ARGV[5], 'attempts:' .. id, attempts, 'owner:' .. id, owner)
        local extra = redis.call('ZCARD', dead) - tonumber(ARGV[7])
        if extra > 0 then
            for _, old in ipairs(redis.call('ZRANGE', dead, 0, extra - 1)) do
                redis.call('HDEL', deadInfo, 'reason:' .. old, 'attempts:' .. old, 'owner:' .. old)
            end
            redis.call('ZREMRANGEBYRANK', dead, 0, extra - 1)
        end
        wakeIfWaiting()
        return 1
        """;

    /// <summary>
    /// ARGV: id, token. Puts the job back at the head of its owner's line and takes back its attempt: a
    /// release is the worker stepping aside (shutdown), not the job failing. Returns 1, or 0 when the token
    /// is stale.
    /// </summary>
    public const string Release = Prelude + """
        local id = ARGV[3]
        if not holds(id, ARGV[4]) then
            return 0
        end
        local owner = ownerOfJob(id)
        endLease(id, owner)
        if redis.call('HINCRBY', state, 'attempt:' .. id, -1) <= 0 then
            redis.call('HDEL', state, 'attempt:' .. id)
        end
        pushHead(owner, id)
        redis.call('PUBLISH', wake, '')
        return 1
        """;

    /// <summary>
    /// ARGV: id. Returns 2 when the job is leased (nothing changes: the worker must be told), 1 when it was
    /// waiting or delayed and is now gone (its owner leaves the ring if that was its last waiting job), 0
    /// when the queue does not hold it.
    /// </summary>
    public const string Cancel = Prelude + """
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
        """;

    /// <summary>
    /// ARGV: now ms, batch size. Moves up to a batch of expired leases to the head of their owners' lines,
    /// drops their tokens and counts them off their owners' running jobs. Latest deadline first, each
    /// pushed to the head, so the earliest deadline ends up first in line, also across batches. The attempt
    /// count stays, so a job that keeps killing its workers runs out of attempts. Returns how many moved.
    /// </summary>
    public const string RequeueExpired = Prelude + """
        local ids = redis.call('ZREVRANGEBYSCORE', leases, ARGV[3], '-inf', 'LIMIT', 0, ARGV[4])
        for _, id in ipairs(ids) do
            local owner = ownerOfJob(id)
            endLease(id, owner)
            pushHead(owner, id)
        end
        if #ids > 0 then
            redis.call('PUBLISH', wake, '')
        end
        return #ids
        """;

    /// <summary>ARGV: now ms, batch size. Moves up to a batch of due retries back to waiting; returns how many.</summary>
    public const string PromoteDue = Prelude + """
        local moved = promoteDue(ARGV[3], ARGV[4])
        if moved > 0 then
            redis.call('PUBLISH', wake, '')
        end
        return moved
        """;
}
