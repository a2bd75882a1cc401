namespace ClipBot.Redis.Queue;

/// <summary>
/// The queue's fixed keys, as its scripts name them: each script lists the ones it touches, and gets them as
/// KEYS in that order, bound to Lua locals of the same name in camelCase (<c>JobState</c> → <c>jobState</c>).
/// <see cref="RedisKeys.Queue"/> gives the key of each. The owners' waiting lines are not here: the scripts
/// build their names from <see cref="RedisKeys.QueueOwnerPrefix"/>.
/// </summary>
internal enum QueueKey
{
    Ring,
    OwnerOf,
    Running,
    Leases,
    JobState,
    Delayed,
    Dead,
    DeadInfo,
    Stats,
    Workers,
    WorkerSlots,
    Idle,
}
