using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Redis.Queue;
using StackExchange.Redis;

namespace ClipBot.Redis;

/// <summary>
/// Every key and channel ClipBot uses, in one place, so the layout can be read and changed here alone.
/// </summary>
/// <remarks>
/// <para>
/// Keys of one reel share a hash tag, <c>{prefix}{reel:ID}:...</c>, so that Redis Cluster keeps a reel on one
/// shard and a script may touch any of them at once. Values inside them: a ballot is <c>take|unix-ms</c> (the
/// take voted for and when); a duel pick is field <c>takeA|takeB|voter</c> (the pair in ordinal order; take
/// ids never hold a <c>|</c>, voter ids may, so the voter goes last) with value <c>winner|unix-ms</c>. The
/// channel index and the recent list span reels, so they are outside any reel's tag.
/// </para>
/// <para>
/// The reel timers' keys share the hash tag <c>{reel-timers}</c>, since their scripts touch all three. A timer
/// is the member <c>reelId|kind</c> (the kind by name); the state hash holds <c>token:MEMBER</c> while it runs,
/// <c>next:MEMBER</c> (the time kept for after the run) and <c>seq</c>, the counter tokens come from.
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
    private const string ReelTimersTag = "{reel-timers}:";

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

    /// <summary>A reel: its <c>version</c> and its <c>json</c>, written together by one script (hash).</summary>
    public RedisKey Reel(ReelId id) => Key(ReelTag(id) + "reel");

    /// <summary>The take ids filed under one slot, scored by the order they came in (sorted set).</summary>
    public RedisKey ReelTakes(ReelId id, int slot) => Key($"{ReelTag(id)}takes:{slot}");

    /// <summary>Takes reserved per member in one slot: member id → count (hash).</summary>
    public RedisKey ReelReservations(ReelId id, int slot) => Key($"{ReelTag(id)}reserved:{slot}");

    /// <summary>Every member's current vote in every slot of a reel: <c>slot:voter</c> → <c>take|unix-ms</c> (hash).</summary>
    public RedisKey Ballots(ReelId id) => Key(ReelTag(id) + "ballots");

    /// <summary>Votes per take of a reel, takes without votes absent: take id → count (hash).</summary>
    public RedisKey Tally(ReelId id) => Key(ReelTag(id) + "tally");

    /// <summary>Votes and duel picks taken for a reel so far: its ballots' revision (string, a count).</summary>
    public RedisKey BallotsRevision(ReelId id) => Key(ReelTag(id) + "ballots-revision");

    /// <summary>Every member's current pick of every pair in one slot: <c>takeA|takeB|voter</c> → <c>winner|unix-ms</c> (hash).</summary>
    public RedisKey Duels(ReelId id, int slot) => Key($"{ReelTag(id)}duels:{slot}");

    /// <summary>The reel each channel takes part in: <see cref="ReelChannelField"/> → reel id (hash).</summary>
    public RedisKey ReelsByChannel => Key("reels:by-channel");

    /// <summary>Reel ids scored by creation time in Unix ms (sorted set).</summary>
    public RedisKey RecentReels => Key("reels:recent");

    /// <summary>Reel timers not running, scored by when they are due in Unix ms (sorted set).</summary>
    public RedisKey ReelTimersDue => Key(ReelTimersTag + "due");

    /// <summary>Running reel timers, scored by when their lease runs out in Unix ms (sorted set).</summary>
    public RedisKey ReelTimerLeases => Key(ReelTimersTag + "leases");

    /// <summary>Tokens of running timers, times kept for after them, and the token counter (hash).</summary>
    public RedisKey ReelTimerState => Key(ReelTimersTag + "state");

    /// <summary>A channel's field in <see cref="ReelsByChannel"/>: <c>platform:channelId</c> (platform names hold no colon).</summary>
    public static RedisValue ReelChannelField(ChannelRef channel) => $"{channel.Platform}:{channel.ChannelId}";

    /// <summary>Wakes the idle workers (those in <see cref="QueueIdle"/>) when a job may be leasable; the message itself means nothing.</summary>
    public RedisChannel QueueWakeUp => Channel("queue:wake");

    /// <summary>Take ids of running jobs whose author cancelled them; the worker holding one stops it.</summary>
    public RedisChannel JobCancellations => Channel("queue:cancel");

    /// <summary>Take changes as JSON, for live pages.</summary>
    public RedisChannel TakeEvents => Channel("events:takes");

    /// <summary>Every key this prefix owns, for clean-up in tests and tools.</summary>
    public RedisValue AllKeysPattern => $"{Prefix}*";

    private static string ReelTag(ReelId id) => $"{{reel:{id.Value}}}:";

    private RedisKey Key(string suffix) => new(Prefix + suffix);

    private RedisChannel Channel(string suffix) => RedisChannel.Literal(Prefix + suffix);
}
