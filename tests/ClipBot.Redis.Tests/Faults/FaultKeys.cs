using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Faults;

/// <summary>
/// The keys ClipBot.Redis.TestWorker's doubles write (its TestKeys.cs), all hashes keyed by take id. The worker
/// is started as a process, not referenced, so the names are repeated here: change both together.
/// </summary>
internal sealed class FaultKeys(string prefix)
{
    /// <summary>How many times each take was posted.</summary>
    public RedisKey Posted { get; } = prefix + "test:posted";

    /// <summary>The process id that posted each take last.</summary>
    public RedisKey PostedBy { get; } = prefix + "test:posted-by";

    /// <summary>How many times generation started for each take, across every process.</summary>
    public RedisKey Generations { get; } = prefix + "test:generations";

    /// <summary>How many of those generations failed on purpose.</summary>
    public RedisKey Failures { get; } = prefix + "test:failures";

    /// <summary>The process id that started the latest generation of each take.</summary>
    public RedisKey Generating { get; } = prefix + "test:generating";
}
