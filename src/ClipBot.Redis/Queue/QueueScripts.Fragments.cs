namespace ClipBot.Redis.Queue;

/// <summary>The Lua functions the queue's scripts share, kept apart so the scripts themselves read top to bottom.</summary>
internal static partial class QueueScripts
{
    // Each piece is included by the scripts in QueueScripts.cs that need it, after the header that
    // binds the keys they use.
    private const string OwnerOfJob = """
        local function ownerOfJob(id)
            return redis.call('HGET', ownerOf, id) or ''
        end

        """;

    private const string Holds = """
        local function holds(id, token)
            return redis.call('HGET', jobState, 'token:' .. id) == token
        end

        """;

    // The head of the owner's line; the owner joins the ring's tail if its line was empty.
    private const string PushHead = """
        local function pushHead(owner, id)
            if redis.call('LPUSH', ownerPrefix .. owner, id) == 1 then
                redis.call('RPUSH', ring, owner)
            end
        end

        """;

    // Out of the lease set, token dropped, one running job fewer for the owner (never below zero).
    private const string EndLease = """
        local function endLease(id, owner)
            redis.call('ZREM', leases, id)
            redis.call('HDEL', jobState, 'token:' .. id, 'worker:' .. id)
            if redis.call('HINCRBY', running, owner, -1) <= 0 then
                redis.call('HDEL', running, owner)
            end
        end

        """;

    // The lease ends and the job is gone from the queue for good: nothing of it is left but what the caller
    // writes next.
    private const string Finish = """
        local function finish(id, owner)
            redis.call('ZREM', leases, id)
            redis.call('HDEL', jobState, 'token:' .. id, 'worker:' .. id, 'attempt:' .. id, 'reason:' .. id)
            redis.call('HDEL', ownerOf, id)
            if redis.call('HINCRBY', running, owner, -1) <= 0 then
                redis.call('HDEL', running, owner)
            end
        end

        """;

    // A job that was not leased is gone from the queue for good.
    private const string Forget = """
        local function forget(id)
            redis.call('HDEL', ownerOf, id)
            redis.call('HDEL', jobState, 'attempt:' .. id, 'reason:' .. id)
        end

        """;

    // Removes the job for good if the token holds it, and folds its duration into the moving average
    // (avg = 0.8 avg + 0.2 d; the first duration starts it). Returns the job's owner, or false when the token
    // is stale.
    private const string CompleteJob = """
        local function completeJob(id, token, duration)
            if not holds(id, token) then
                return false
            end
            local owner = ownerOfJob(id)
            finish(id, owner)
            local d = tonumber(duration)
            local average = tonumber(redis.call('HGET', stats, 'avg'))
            if average then
                average = 0.8 * average + 0.2 * d
            else
                average = d
            end
            redis.call('HSET', stats, 'avg', string.format('%.3f', average))
            redis.call('HINCRBY', stats, 'count', 1)
            return owner
        end

        """;

    // Records a dead letter with its reason, attempts and owner; beyond the number kept, the oldest go.
    private const string Bury = """
        local function bury(id, owner, reason, attempts, now, kept)
            redis.call('ZADD', dead, now, id)
            redis.call('HSET', deadInfo, 'reason:' .. id, reason, 'attempts:' .. id, attempts, 'owner:' .. id, owner)
            local extra = redis.call('ZCARD', dead) - tonumber(kept)
            if extra > 0 then
                for _, old in ipairs(redis.call('ZRANGE', dead, 0, extra - 1)) do
                    redis.call('HDEL', deadInfo, 'reason:' .. old, 'attempts:' .. old, 'owner:' .. old)
                end
                redis.call('ZREMRANGEBYRANK', dead, 0, extra - 1)
            end
        end

        """;

    // Due retries back to the head of their owners' lines. Latest due first, each pushed to the head, so the
    // earliest due ends up first, also across batches.
    private const string PromoteDue = """
        local function promoteDue(now, batch)
            local ids = redis.call('ZREVRANGEBYSCORE', delayed, now, '-inf', 'LIMIT', 0, batch)
            for _, id in ipairs(ids) do
                redis.call('ZREM', delayed, id)
                pushHead(ownerOfJob(id), id)
            end
            return #ids
        end

        """;

    // Walks the ring at most once round: the head owner moves to the tail; an owner at its cap is skipped;
    // otherwise the head of its line is leased, and the owner (now the ring's tail) leaves the ring if its
    // line is now empty. Returns {id, owner, attempt}, or false when nothing may run.
    private const string LeaseNext = """
        local function leaseNext(deadline, token, worker, cap)
            cap = tonumber(cap)
            for _ = 1, redis.call('LLEN', ring) do
                local owner = redis.call('LPOP', ring)
                redis.call('RPUSH', ring, owner)
                if (tonumber(redis.call('HGET', running, owner)) or 0) < cap then
                    local line = ownerPrefix .. owner
                    local id = redis.call('LPOP', line)
                    if redis.call('LLEN', line) == 0 then
                        redis.call('RPOP', ring)
                    end
                    if id then
                        redis.call('ZADD', leases, deadline, id)
                        local attempt = redis.call('HINCRBY', jobState, 'attempt:' .. id, 1)
                        redis.call('HSET', jobState, 'token:' .. id, token, 'worker:' .. id, worker)
                        redis.call('HINCRBY', running, owner, 1)
                        return {id, owner, attempt}
                    end
                end
            end
            return false
        end

        """;

    // Wakes the idle workers if one may be asleep (a live member of the idle set). The one message wakes them
    // all, so the set is emptied; each registers again before it sleeps again. wakeIdleForOwner is for a
    // lease that ended: the owner, maybe skipped at its cap until now, may be served if it has a job waiting
    // (other owners' waiting jobs were there when the idle workers last looked). wakeIdleIfWaiting is for
    // jobs back in line whose owners may be at their cap: it wakes if any job is waiting at all.
    private const string WakeIdle = """
        local function anyIdle(now)
            return redis.call('ZCOUNT', idle, now, '+inf') > 0
        end

        local function wakeAll()
            redis.call('DEL', idle)
            redis.call('PUBLISH', wake, '')
        end

        local function wakeIdle(now)
            if anyIdle(now) then
                wakeAll()
            end
        end

        local function wakeIdleForOwner(owner, now)
            if anyIdle(now) and redis.call('LLEN', ownerPrefix .. owner) > 0 then
                wakeAll()
            end
        end

        local function wakeIdleIfWaiting(now)
            if anyIdle(now) and redis.call('LLEN', ring) > 0 then
                wakeAll()
            end
        end

        """;
}
