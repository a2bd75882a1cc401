using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClipBot.Redis.Queue;

/// <summary>
/// Runs the queue's scripts under one key prefix: each with only its own keys, resolved once, and by its SHA1
/// (EVALSHA), so that neither the text nor its hash is made again per call. A server that does not have the
/// script (the first call, or any call after the server restarted and lost its script cache) answers
/// NOSCRIPT; the script is then sent in full once, which caches it again.
/// </summary>
internal sealed class QueueScriptRunner(IDatabase db, RedisKeys keys, ILogger logger)
{
    private const string NoScript = "NOSCRIPT";

    private readonly ConcurrentDictionary<QueueScript, RedisKey[]> _keys = new();
    private readonly RedisValue _ownerPrefix = Encoding.UTF8.GetBytes(keys.QueueOwnerPrefix);
    private readonly RedisValue _wake = Encoding.UTF8.GetBytes(keys.QueueWakeUp.ToString());

    /// <summary>Runs <paramref name="script"/> with <paramref name="args"/> as its ARGV from ARGV[3] on.</summary>
    public ValueTask<RedisResult> RunAsync(QueueScript script, params ReadOnlySpan<RedisValue> args)
    {
        var values = new RedisValue[args.Length + 2];
        values[0] = _ownerPrefix;
        values[1] = _wake;
        args.CopyTo(values.AsSpan(2));
        return EvaluateAsync(script, KeysOf(script), values);
    }

    // Every queue call goes through here, so its state machine comes from a pool rather than the heap.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<RedisResult> EvaluateAsync(QueueScript script, RedisKey[] scriptKeys, RedisValue[] values)
    {
        try
        {
            return await db.ScriptEvaluateAsync(script.Hash, scriptKeys, values);
        }
        catch (RedisServerException exception) when (exception.Message.StartsWith(NoScript, StringComparison.Ordinal))
        {
            logger.ScriptNotCached(script.Name);
            return await db.ScriptEvaluateAsync(script.Lua, scriptKeys, values);
        }
    }

    private RedisKey[] KeysOf(QueueScript script) =>
        _keys.TryGetValue(script, out var bound) ? bound : _keys.GetOrAdd(script, Resolve(script));

    private RedisKey[] Resolve(QueueScript script)
    {
        var resolved = new RedisKey[script.Keys.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            resolved[i] = keys.Queue(script.Keys[i]);
        }

        return resolved;
    }
}
