namespace ClipBot.Redis.Storage;

/// <summary>The store's Lua; each runs atomically, so the take and its index never disagree.</summary>
internal static class TakeStoreScripts
{
    /// <summary>KEYS: take, recent. ARGV: json, created-at ms, id. Returns 1, or 0 when the take exists.</summary>
    public const string Create = """
        if redis.call('EXISTS', KEYS[1]) == 1 then
            return 0
        end
        redis.call('SET', KEYS[1], ARGV[1])
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
        return 1
        """;

    /// <summary>KEYS: take. ARGV: json. Returns 1, or 0 when there is no such take.</summary>
    public const string Save = """
        if redis.call('EXISTS', KEYS[1]) == 0 then
            return 0
        end
        redis.call('SET', KEYS[1], ARGV[1])
        return 1
        """;
}
