using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Fixtures;

/// <summary>What the contract suites do to a server besides testing it: remove their keys, and empty or read its script cache.</summary>
internal static class ServerAdmin
{
    /// <summary>Every key of the prefix, on every endpoint: the server may be shared by the whole build (CLIPBOT_TEST_REDIS).</summary>
    public static async Task DeleteKeysAsync(IConnectionMultiplexer redis, RedisKeys keys)
    {
        var db = redis.GetDatabase();
        foreach (var endpoint in redis.GetEndPoints())
        {
            await foreach (var key in redis.GetServer(endpoint).KeysAsync(pattern: keys.AllKeysPattern))
            {
                await db.KeyDeleteAsync(key);
            }
        }
    }

    /// <summary>What a restart does to the scripts, without the restart.</summary>
    public static async Task FlushScriptsAsync(string connectionString)
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{connectionString},allowAdmin=true");
        await admin.GetServer(admin.GetEndPoints()[0]).ScriptFlushAsync();
    }

    public static async Task<bool> ScriptCachedAsync(string connectionString, byte[] hash)
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{connectionString},allowAdmin=true");
        return await admin.GetServer(admin.GetEndPoints()[0]).ScriptExistsAsync(hash);
    }
}
