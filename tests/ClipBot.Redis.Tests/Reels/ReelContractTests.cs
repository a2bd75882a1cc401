using ClipBot.Core.Reels;
using ClipBot.Redis.Reels;
using ClipBot.Redis.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClipBot.Redis.Tests.Reels;

/// <summary>
/// The behaviour IReelStore, IBallotBox and IReelTimers promise, run against every server we support. Each test
/// gets its own key prefix, so tests share a server without flushing it. Timer times are passed in by the
/// caller, so expiry needs no clock and no sleeping.
/// </summary>
public abstract partial class ReelContractTests : IAsyncLifetime
{
    private readonly IStoreServer _server;
    private readonly RedisKeys _keys;

    protected ReelContractTests(IStoreServer server)
    {
        _server = server;
        _keys = new RedisKeys($"test:{Guid.NewGuid():N}:");
        Reels = new RedisReelStore(server.Redis, _keys, NullLogger<RedisReelStore>.Instance);
        Ballots = new RedisBallotBox(server.Redis, _keys, NullLogger<RedisBallotBox>.Instance);
        Timers = NewTimers();
    }

    // Typed as the ports on purpose: the contract is the interface, whatever implements it.
    protected IReelStore Reels { get; }

    protected IBallotBox Ballots { get; }

    protected IReelTimers Timers { get; }

    private static CancellationToken None => CancellationToken.None;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => ServerAdmin.DeleteKeysAsync(_server.Redis, _keys);

    /// <summary>Another node's view of the same timers.</summary>
    private RedisReelTimers NewTimers() => new(_server.Redis, _keys, NullLogger<RedisReelTimers>.Instance);
}
