namespace ClipBot.Redis.Reels;

/// <summary>
/// The reel store's Lua. Each touches one key (of one reel, or the channel index), so each is atomic and
/// cluster-safe. Numbers that
/// go back to the server are integers or the caller's own strings: Garnet's Lua 5.4 writes a float 5 as "5.0".
/// </summary>
internal static class ReelStoreScripts
{
    /// <summary>KEYS: reel. ARGV: json (of version 1). Returns 1, or 0 when the reel exists.</summary>
    public static readonly ReelScript Create = new("reel-create", """
        if redis.call('EXISTS', KEYS[1]) == 1 then
            return 0
        end
        redis.call('HSET', KEYS[1], 'version', 1, 'json', ARGV[1])
        return 1
        """);

    /// <summary>
    /// The compare-and-set. KEYS: reel. ARGV: the version the caller read, the new version, json (of the new
    /// version). Returns the json it replaced, or nil when the stored version differs or the reel is gone.
    /// </summary>
    public static readonly ReelScript Save = new("reel-save", """
        if redis.call('HGET', KEYS[1], 'version') ~= ARGV[1] then
            return false
        end
        local previous = redis.call('HGET', KEYS[1], 'json')
        redis.call('HSET', KEYS[1], 'version', ARGV[2], 'json', ARGV[3])
        return previous
        """);

    /// <summary>
    /// KEYS: the channel index. ARGV: reel id, then pairs of an action and a channel's field: <c>link</c> moves
    /// the channel to this reel; <c>keep</c> links it only when it has no link (a link lost when a process died
    /// after saving the reel), so it never takes back a channel since linked to a newer reel; <c>drop</c>
    /// removes its link while it still points to this reel.
    /// </summary>
    public static readonly ReelScript Link = new("reel-link", """
        local id = ARGV[1]
        for i = 2, #ARGV, 2 do
            local action, field = ARGV[i], ARGV[i + 1]
            if action == 'link' then
                redis.call('HSET', KEYS[1], field, id)
            elseif action == 'keep' then
                redis.call('HSETNX', KEYS[1], field, id)
            elseif redis.call('HGET', KEYS[1], field) == id then
                redis.call('HDEL', KEYS[1], field)
            end
        end
        return 0
        """);

    /// <summary>
    /// KEYS: the slot's takes. ARGV: take id. Files the take after the last one, unless it is filed already.
    /// Scoring by last + 1 rather than by time keeps the order of two takes filed in the same millisecond.
    /// Returns 1, or 0 when it was filed already.
    /// </summary>
    public static readonly ReelScript AddTake = new("reel-add-take", """
        if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
            return 0
        end
        local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
        local order = 1
        if last[2] then
            order = tonumber(last[2]) + 1
        end
        redis.call('ZADD', KEYS[1], order, ARGV[1])
        return 1
        """);

    /// <summary>KEYS: the slot's reservations. ARGV: member, max. Returns 1, or 0 when the member has max already.</summary>
    public static readonly ReelScript Reserve = new("reel-reserve", """
        local used = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
        if used >= tonumber(ARGV[2]) then
            return 0
        end
        redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
        return 1
        """);

    /// <summary>KEYS: the slot's reservations. ARGV: member. Gives one back, the last one with its field; returns how many there were.</summary>
    public static readonly ReelScript Release = new("reel-release", """
        local used = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
        if used > 1 then
            redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
        else
            redis.call('HDEL', KEYS[1], ARGV[1])
        end
        return used
        """);
}
