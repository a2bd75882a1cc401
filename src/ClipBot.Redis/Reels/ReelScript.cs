using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClipBot.Redis.Reels;

/// <summary>
/// One of the reels' Lua scripts, called by its SHA1 (EVALSHA) computed once here. A server that does not
/// have it (the first call, or any call after a restart emptied its script cache) answers NOSCRIPT; the text
/// is then sent once in full, which caches it again. Every script touches the keys of one hash tag only (one
/// reel's, or the timers'), so each runs on one shard of a cluster.
/// </summary>
internal sealed class ReelScript
{
    private const string NoScript = "NOSCRIPT";

    public ReelScript(string name, string lua)
    {
        Name = name;
        Lua = lua;

        // SHA1 is how Redis names a cached script (SCRIPT LOAD, EVALSHA), not a security measure here.
#pragma warning disable CA5350
        Hash = SHA1.HashData(Encoding.UTF8.GetBytes(lua));
#pragma warning restore CA5350
    }

    /// <summary>For logs: "cast", "take-due", ...</summary>
    public string Name { get; }

    public string Lua { get; }

    /// <summary>The SHA1 of <see cref="Lua"/>, as EVALSHA takes it.</summary>
    public byte[] Hash { get; }

    public async Task<RedisResult> RunAsync(IDatabase db, RedisKey[] keys, RedisValue[] args, ILogger logger)
    {
        try
        {
            return await db.ScriptEvaluateAsync(Hash, keys, args);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith(NoScript, StringComparison.Ordinal))
        {
            logger.ReelScriptNotCached(Name);
            return await db.ScriptEvaluateAsync(Lua, keys, args);
        }
    }

    public override string ToString() => Name;
}
