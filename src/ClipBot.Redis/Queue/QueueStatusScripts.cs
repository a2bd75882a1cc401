using static ClipBot.Redis.Queue.QueueKey;

namespace ClipBot.Redis.Queue;

/// <summary>
/// The queue's Lua for what it tells about itself: whether a worker should look for work (and its sign-up
/// as an idle worker), the status page, the dead letters, and the workers' reports. Same conventions as
/// <see cref="QueueScripts"/>. Scores go back as the server wrote them (strings) and are parsed in C#.
/// </summary>
internal static class QueueStatusScripts
{
    /// <summary>
    /// ARGV: per-owner cap, now ms, waiter id, waiter expiry ms. Returns "0" when some owner under the cap has
    /// a job waiting, or when the earliest retry is already due: the caller should look for work now. Else
    /// the waiter joins the idle set until its expiry (and expired waiters, whose process died, leave it), so
    /// that the next script that makes work available publishes a wake-up; and the script returns the due
    /// time of the earliest retry in Unix ms as stored, or "-1" when none is waiting. The check and the sign-up
    /// are one step, so a job enqueued after the caller found nothing is either seen here or wakes it.
    /// </summary>
    public static readonly QueueScript WaitForWork = new("wait-for-work", [Ring, Running, Delayed, Idle], """
        local cap, now = tonumber(ARGV[3]), ARGV[4]
        for _, owner in ipairs(redis.call('LRANGE', ring, 0, -1)) do
            if (tonumber(redis.call('HGET', running, owner)) or 0) < cap
                and redis.call('LLEN', ownerPrefix .. owner) > 0 then
                return '0'
            end
        end
        local first = redis.call('ZRANGE', delayed, 0, 0, 'WITHSCORES')
        if first[2] and tonumber(first[2]) <= tonumber(now) then
            return '0'
        end
        redis.call('ZREMRANGEBYSCORE', idle, '-inf', '(' .. now)
        redis.call('ZADD', idle, ARGV[6], ARGV[5])
        return first[2] or '-1'
        """);

    /// <summary>
    /// ARGV: now ms, owner id ('' for none). Read-only. Returns
    /// {{owner, waiting, ...} in ring order, leased, delayed, live worker slots, average ms or '',
    /// {owner's leased ids}, {owner's waiting ids in line}, {owner's delayed id, due ms, ...} by due}.
    /// </summary>
    public static readonly QueueScript Status = new("status", [Ring, Workers, WorkerSlots, Leases, OwnerOf, Delayed, Stats], """
        local now, owner = ARGV[3], ARGV[4]
        local lines = {}
        for _, o in ipairs(redis.call('LRANGE', ring, 0, -1)) do
            table.insert(lines, o)
            table.insert(lines, redis.call('LLEN', ownerPrefix .. o))
        end
        local slots = 0
        for _, process in ipairs(redis.call('ZRANGEBYSCORE', workers, '(' .. now, '+inf')) do
            slots = slots + (tonumber(redis.call('HGET', workerSlots, process)) or 0)
        end
        local mineLeased, mineWaiting, mineDelayed = {}, {}, {}
        if owner ~= '' then
            for _, id in ipairs(redis.call('ZRANGE', leases, 0, -1)) do
                if redis.call('HGET', ownerOf, id) == owner then
                    table.insert(mineLeased, id)
                end
            end
            mineWaiting = redis.call('LRANGE', ownerPrefix .. owner, 0, -1)
            local due = redis.call('ZRANGE', delayed, 0, -1, 'WITHSCORES')
            for i = 1, #due, 2 do
                if redis.call('HGET', ownerOf, due[i]) == owner then
                    table.insert(mineDelayed, due[i])
                    table.insert(mineDelayed, due[i + 1])
                end
            end
        end
        return {lines, redis.call('ZCARD', leases), redis.call('ZCARD', delayed), slots,
            redis.call('HGET', stats, 'avg') or '', mineLeased, mineWaiting, mineDelayed}
        """);

    /// <summary>ARGV: last rank (count - 1). Returns {id, time ms, reason, attempts, owner, ...}, newest first. Read-only.</summary>
    public static readonly QueueScript DeadLetters = new("dead-letters", [Dead, DeadInfo], """
        local out = {}
        local ids = redis.call('ZREVRANGE', dead, 0, ARGV[3], 'WITHSCORES')
        for i = 1, #ids, 2 do
            local id = ids[i]
            local info = redis.call('HMGET', deadInfo, 'reason:' .. id, 'attempts:' .. id, 'owner:' .. id)
            table.insert(out, id)
            table.insert(out, ids[i + 1])
            table.insert(out, info[1] or '')
            table.insert(out, info[2] or '0')
            table.insert(out, info[3] or '')
        end
        return out
        """);

    /// <summary>
    /// ARGV: process id, slots, expires ms, now ms. Records the process as alive until it expires, and
    /// forgets processes whose reports expired (a process that stopped reporting died or stopped).
    /// </summary>
    public static readonly QueueScript ReportWorker = new("report-worker", [Workers, WorkerSlots], """
        redis.call('ZADD', workers, ARGV[5], ARGV[3])
        redis.call('HSET', workerSlots, ARGV[3], ARGV[4])
        local gone = redis.call('ZRANGEBYSCORE', workers, '-inf', ARGV[6])
        for _, process in ipairs(gone) do
            redis.call('HDEL', workerSlots, process)
        end
        if #gone > 0 then
            redis.call('ZREMRANGEBYSCORE', workers, '-inf', ARGV[6])
        end
        return #gone
        """);
}
