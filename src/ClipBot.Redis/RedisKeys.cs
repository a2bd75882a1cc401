using ClipBot.Core.Takes;
using StackExchange.Redis;

namespace ClipBot.Redis;

/// <summary>
/// Every key and channel ClipBot uses, in one place, so the layout can be read and changed here alone.
/// </summary>
/// <remarks>
/// Keys of one reel will share a hash tag, <c>{prefix}{reel:ID}:...</c>, so that Redis Cluster keeps a reel
/// on one shard; they go here, built with <c>Key("{reel:" + id + "}:slots")</c> like the keys below.
/// The queue's lease-state hash holds three fields per leased job, named inside the Lua scripts:
/// <c>token:ID</c>, <c>attempt:ID</c> and <c>worker:ID</c>.
/// </remarks>
internal sealed class RedisKeys(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>A take as JSON (string).</summary>
    public RedisKey Take(TakeId id) => Key($"take:{id.Value}");

    /// <summary>Take ids scored by creation time in Unix ms (sorted set).</summary>
    public RedisKey RecentTakes => Key("takes:recent");

    /// <summary>Take ids waiting for a worker, oldest at the head (list).</summary>
    public RedisKey QueuePending => Key("queue:pending");

    /// <summary>Leased take ids scored by the lease deadline in Unix ms (sorted set).</summary>
    public RedisKey QueueLeases => Key("queue:leases");

    /// <summary>Token, attempt count and worker of each leased job (hash).</summary>
    public RedisKey QueueLeaseState => Key("queue:lease-state");

    /// <summary>Wakes idle workers after an enqueue; the message itself means nothing.</summary>
    public RedisChannel QueueWakeUp => Channel("queue:wake");

    /// <summary>Take changes as JSON, for live pages.</summary>
    public RedisChannel TakeEvents => Channel("events:takes");

    /// <summary>Every key this prefix owns, for clean-up in tests and tools.</summary>
    public RedisValue AllKeysPattern => $"{Prefix}*";

    private RedisKey Key(string suffix) => new(Prefix + suffix);

    private RedisChannel Channel(string suffix) => RedisChannel.Literal(Prefix + suffix);
}
