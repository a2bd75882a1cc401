using ClipBot.Core.Takes;
using ClipBot.Redis.Queue;
using StackExchange.Redis;

namespace ClipBot.Redis;

/// <summary>
/// Every key and channel ClipBot uses, in one place, so the layout can be read and changed here alone.
/// </summary>
/// <remarks>
/// <para>
/// Keys of one reel will share a hash tag, <c>{prefix}{reel:ID}:...</c>, so that Redis Cluster keeps a reel
/// on one shard; they go here, built with <c>Key("{reel:" + id + "}:slots")</c> like the keys below.
/// </para>
/// <para>
/// The queue's keys share the hash tag <c>{queue}</c>: its scripts touch several of them at once, and build
/// the per-owner list names (<see cref="QueueOwnerPrefix"/> + owner id) inside Lua, so on a cluster they
/// must all live on one shard. Per-job fields inside the queue's hashes are named in the scripts:
/// the job-state hash holds <c>token:ID</c>, <c>worker:ID</c> (while leased), <c>attempt:ID</c> and
/// <c>reason:ID</c> (the last retry's reason); the dead-letter hash holds <c>reason:ID</c>,
/// <c>attempts:ID</c> and <c>owner:ID</c>.
/// </para>
/// </remarks>
internal sealed class RedisKeys(string prefix)
{
    private const string QueueTag = "{queue}:";

    public string Prefix { get; } = prefix;

    /// <summary>A take as JSON (string).</summary>
    public RedisKey Take(TakeId id) => Key($"take:{id.Value}");

    /// <summary>Take ids scored by creation time in Unix ms (sorted set).</summary>
    public RedisKey RecentTakes => Key("takes:recent");

    /// <summary>
    /// The start of every owner's waiting list: take ids of that owner waiting for a worker, oldest (or
    /// given back) at the head (list). The scripts append the owner id.
    /// </summary>
    public string QueueOwnerPrefix => Prefix + QueueTag + "owner:";

    /// <summary>One owner's waiting list; see <see cref="QueueOwnerPrefix"/>.</summary>
    public RedisKey QueueOwner(string ownerId) => new(QueueOwnerPrefix + ownerId);

    /// <summary>
    /// Owners with at least one waiting job, each once, the one served next at the head (list). An owner
    /// is in the ring exactly when its waiting list is not empty.
    /// </summary>
    public RedisKey QueueRing => Key(QueueTag + "ring");

    /// <summary>The owner of every job in the queue, waiting, leased or delayed: take id → owner id (hash).</summary>
    public RedisKey QueueOwnerOf => Key(QueueTag + "owner-of");

    /// <summary>Leased jobs per owner: owner id → count, for the per-owner cap (hash).</summary>
    public RedisKey QueueRunning => Key(QueueTag + "running");

    /// <summary>Leased take ids scored by the lease deadline in Unix ms (sorted set).</summary>
    public RedisKey QueueLeases => Key(QueueTag + "leases");

    /// <summary>Token, worker, attempt count and last retry reason of each job (hash).</summary>
    public RedisKey QueueJobState => Key(QueueTag + "job-state");

    /// <summary>Take ids waiting out a retry delay, scored by when they are due in Unix ms (sorted set).</summary>
    public RedisKey QueueDelayed => Key(QueueTag + "delayed");

    /// <summary>Dead-lettered take ids scored by when they were given up in Unix ms (sorted set).</summary>
    public RedisKey QueueDead => Key(QueueTag + "dead");

    /// <summary>Reason, attempts and owner of each dead letter (hash).</summary>
    public RedisKey QueueDeadInfo => Key(QueueTag + "dead-info");

    /// <summary>The moving average of job durations in ms (<c>avg</c>) and how many it has seen (<c>count</c>) (hash).</summary>
    public RedisKey QueueStats => Key(QueueTag + "stats");

    /// <summary>Worker processes scored by when their last report expires in Unix ms (sorted set).</summary>
    public RedisKey QueueWorkers => Key(QueueTag + "workers");

    /// <summary>Job slots of each reporting worker process: process id → slots (hash).</summary>
    public RedisKey QueueWorkerSlots => Key(QueueTag + "worker-slots");

    /// <summary>
    /// Workers sleeping until a wake-up, scored by when their sign-up expires in Unix ms (sorted set). Scripts
    /// publish a wake-up only while it has a live member; a waiter whose process died expires by itself.
    /// </summary>
    public RedisKey QueueIdle => Key(QueueTag + "idle");

    /// <summary>The key of <paramref name="key"/>, as the queue's scripts get it.</summary>
    public RedisKey Queue(QueueKey key) => key switch
    {
        QueueKey.Ring => QueueRing,
        QueueKey.OwnerOf => QueueOwnerOf,
        QueueKey.Running => QueueRunning,
        QueueKey.Leases => QueueLeases,
        QueueKey.JobState => QueueJobState,
        QueueKey.Delayed => QueueDelayed,
        QueueKey.Dead => QueueDead,
        QueueKey.DeadInfo => QueueDeadInfo,
        QueueKey.Stats => QueueStats,
        QueueKey.Workers => QueueWorkers,
        QueueKey.WorkerSlots => QueueWorkerSlots,
        QueueKey.Idle => QueueIdle,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a queue key."),
    };

    /// <summary>One owner's sliding-window quota: uses scored by their time in Unix ms (sorted set).</summary>
    public RedisKey Quota(string ownerId) => Key($"quota:{ownerId}");

    /// <summary>A leader lock: the holder's name, expiring by itself (string).</summary>
    public RedisKey Lock(string name) => Key($"lock:{name}");

    /// <summary>Wakes the idle workers (those in <see cref="QueueIdle"/>) when a job may be leasable; the message itself means nothing.</summary>
    public RedisChannel QueueWakeUp => Channel("queue:wake");

    /// <summary>Take ids of running jobs whose author cancelled them; the worker holding one stops it.</summary>
    public RedisChannel JobCancellations => Channel("queue:cancel");

    /// <summary>Take changes as JSON, for live pages.</summary>
    public RedisChannel TakeEvents => Channel("events:takes");

    /// <summary>Every key this prefix owns, for clean-up in tests and tools.</summary>
    public RedisValue AllKeysPattern => $"{Prefix}*";

    private RedisKey Key(string suffix) => new(Prefix + suffix);

    private RedisChannel Channel(string suffix) => RedisChannel.Literal(Prefix + suffix);
}
