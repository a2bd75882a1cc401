namespace ClipBot.Redis.Tests.Faults;

/// <summary>
/// The fault tests run one at a time, after the parallel tests: each starts a redis-server and several worker
/// processes, and their lease timings are only meaningful when they do not fight each other for two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Faults";
}
