namespace ClipBot.Redis.Reels;

/// <summary>
/// The reel timers' Lua, each on the same three keys of the <c>{reel-timers}</c> tag: KEYS are the due set,
/// the lease set and the state hash (see <see cref="RedisKeys"/>). A timer is in at most one of the two sets:
/// due (waiting for its time) or leased (running, until its lease runs out). Times come from the caller in
/// Unix ms and go back to the server as the caller's own strings, never as Lua floats.
/// </summary>
internal static class ReelTimerScripts
{
    private const string Keys = """
        local due, leases, state = KEYS[1], KEYS[2], KEYS[3]

        """;

    /// <summary>
    /// ARGV: member, at ms, replace (1 or 0). A timer not running is set in the due set; one running keeps the
    /// time in the state hash for when it completes. Either way an earlier time wins unless replace. Returns 1
    /// when the timer is running, else 0.
    /// </summary>
    public static readonly ReelScript Schedule = new("timer-schedule", Keys + """
        local member, at, replace = ARGV[1], ARGV[2], ARGV[3] == '1'
        local function wins(current)
            return replace or not current or tonumber(at) < tonumber(current)
        end
        if redis.call('ZSCORE', leases, member) then
            if wins(redis.call('HGET', state, 'next:' .. member)) then
                redis.call('HSET', state, 'next:' .. member, at)
            end
            return 1
        end
        if wins(redis.call('ZSCORE', due, member)) then
            redis.call('ZADD', due, at, member)
        end
        return 0
        """);

    /// <summary>
    /// ARGV: member. Removes the timer and any time kept for after its run. A running one keeps its lease, so
    /// no other node starts the same timer while it runs; its completion then sets nothing again.
    /// </summary>
    public static readonly ReelScript Cancel = new("timer-cancel", Keys + """
        redis.call('ZREM', due, ARGV[1])
        redis.call('HDEL', state, 'next:' .. ARGV[1])
        return 0
        """);

    /// <summary>
    /// ARGV: now ms, lease end ms, max. Leases up to max timers: first those whose lease ran out at or before
    /// now (their node died, and they have waited longest), then those due at or before now, earliest first.
    /// Each gets a new token from the counter, so a node whose lease was taken over is fenced. Returns
    /// {member, token, member, token, ...}.
    /// </summary>
    public static readonly ReelScript TakeDue = new("timer-take-due", Keys + """
        local now, leaseEnd, max = ARGV[1], ARGV[2], tonumber(ARGV[3])
        local taken, count = {}, 0
        local function lease(member)
            local token = redis.call('HINCRBY', state, 'seq', 1)
            redis.call('ZADD', leases, leaseEnd, member)
            redis.call('HSET', state, 'token:' .. member, token)
            taken[#taken + 1] = member
            taken[#taken + 1] = token
            count = count + 1
        end
        for _, member in ipairs(redis.call('ZRANGEBYSCORE', leases, '-inf', now, 'LIMIT', 0, max)) do
            lease(member)
        end
        if count < max then
            for _, member in ipairs(redis.call('ZRANGEBYSCORE', due, '-inf', now, 'LIMIT', 0, max - count)) do
                redis.call('ZREM', due, member)
                lease(member)
            end
        end
        return taken
        """);

    /// <summary>
    /// ARGV: member, token. When the token still holds the timer, ends its run and sets it again at the time
    /// kept while it ran, if any. Returns 1, or 0 when the token is stale.
    /// </summary>
    public static readonly ReelScript Complete = new("timer-complete", Keys + """
        local member = ARGV[1]
        if redis.call('HGET', state, 'token:' .. member) ~= ARGV[2] then
            return 0
        end
        redis.call('ZREM', leases, member)
        redis.call('HDEL', state, 'token:' .. member)
        local kept = redis.call('HGET', state, 'next:' .. member)
        if kept then
            redis.call('HDEL', state, 'next:' .. member)
            redis.call('ZADD', due, kept, member)
        end
        return 1
        """);
}
