namespace ClipBot.Redis.Queue;

/// <summary>
/// The queue's Lua. Every script runs atomically on the server, so a job is always in exactly one of two
/// places: the pending list or the lease set. Deadlines come from the caller's clock in Unix ms; the
/// server's clock is never read, which keeps the scripts deterministic and testable with a fake clock.
/// KEYS are always: 1 pending list, 2 lease set, 3 lease-state hash.
/// </summary>
internal static class QueueScripts
{
    /// <summary>ARGV: deadline ms, token, worker. Returns {id, attempt}, or nil when nothing is pending.</summary>
    public const string Lease = """
        local id = redis.call('LPOP', KEYS[1])
        if not id then
            return false
        end
        redis.call('ZADD', KEYS[2], ARGV[1], id)
        local attempt = redis.call('HINCRBY', KEYS[3], 'attempt:' .. id, 1)
        redis.call('HSET', KEYS[3], 'token:' .. id, ARGV[2])
        redis.call('HSET', KEYS[3], 'worker:' .. id, ARGV[3])
        return {id, attempt}
        """;

    /// <summary>ARGV: id, token, new deadline ms. Returns 1, or 0 when the token is no longer the holder's.</summary>
    public const string Renew = """
        if redis.call('HGET', KEYS[3], 'token:' .. ARGV[1]) ~= ARGV[2] then
            return 0
        end
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
        return 1
        """;

    /// <summary>ARGV: id, token. Returns 1, or 0 when the token is no longer the holder's.</summary>
    public const string Complete = """
        if redis.call('HGET', KEYS[3], 'token:' .. ARGV[1]) ~= ARGV[2] then
            return 0
        end
        redis.call('ZREM', KEYS[2], ARGV[1])
        redis.call('HDEL', KEYS[3], 'token:' .. ARGV[1], 'worker:' .. ARGV[1], 'attempt:' .. ARGV[1])
        return 1
        """;

    /// <summary>
    /// ARGV: id, token. Puts the job back at the head and takes back its attempt: a release is the
    /// worker stepping aside (shutdown), not the job failing. Returns 1, or 0 when the token is stale.
    /// </summary>
    public const string Release = """
        if redis.call('HGET', KEYS[3], 'token:' .. ARGV[1]) ~= ARGV[2] then
            return 0
        end
        redis.call('ZREM', KEYS[2], ARGV[1])
        redis.call('HDEL', KEYS[3], 'token:' .. ARGV[1], 'worker:' .. ARGV[1])
        redis.call('HINCRBY', KEYS[3], 'attempt:' .. ARGV[1], -1)
        redis.call('LPUSH', KEYS[1], ARGV[1])
        return 1
        """;

    /// <summary>
    /// ARGV: now ms, batch size. Moves up to a batch of expired leases to the head of the pending list and
    /// drops their tokens. It takes the latest deadlines first and pushes each to the head, so across
    /// batches the earliest deadline ends up first in line. The attempt count stays, so a job that keeps
    /// killing its workers can be told apart. Returns how many moved.
    /// </summary>
    public const string RequeueExpired = """
        local ids = redis.call('ZREVRANGEBYSCORE', KEYS[2], ARGV[1], '-inf', 'LIMIT', 0, tonumber(ARGV[2]))
        for _, id in ipairs(ids) do
            redis.call('ZREM', KEYS[2], id)
            redis.call('HDEL', KEYS[3], 'token:' .. id, 'worker:' .. id)
            redis.call('LPUSH', KEYS[1], id)
        end
        return #ids
        """;
}
