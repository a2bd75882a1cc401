namespace ClipBot.Redis.Queue;

/// <summary>The Lua of the quota and the leader lock; each touches one key, so each is cluster-safe.</summary>
internal static class LimitScripts
{
    /// <summary>
    /// A sliding-window log. KEYS: the owner's quota set. ARGV: now ms, cutoff ms (now - window), limit,
    /// a unique member, window ms. Drops uses at or before the cutoff; under the limit, records this use,
    /// keeps the key for one window more and returns {1, remaining}; else returns {0, oldest use ms as stored}.
    /// </summary>
    public const string TryConsume = """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
        local used = redis.call('ZCARD', KEYS[1])
        local limit = tonumber(ARGV[3])
        if used < limit then
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            return {1, limit - used - 1}
        end
        local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
        return {0, oldest[2]}
        """;

    /// <summary>
    /// KEYS: the lock. ARGV: holder, hold ms. Takes a free lock, or extends it when the holder already has it.
    /// Returns 1, or 0 when another holder has it. The server's clock expires it, so a holder that died
    /// frees it by itself.
    /// </summary>
    public const string AcquireLock = """
        if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
            return 1
        end
        if redis.call('GET', KEYS[1]) == ARGV[1] then
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
        end
        return 0
        """;
}
