namespace ClipBot.Discord.Tests.Gateway;

/// <summary>
/// The end-to-end gateway tests measure heartbeat timing in hundreds of milliseconds; they run alone so that
/// other tests blocking thread-pool threads (on 2 cores the pool grows only about once a second) cannot skew them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GatewayTimingCollection
{
    public const string Name = "Gateway timing";
}
