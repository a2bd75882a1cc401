using ClipBot.Core.Notifications;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Redis.Notifications;
using ClipBot.Redis.Queue;
using ClipBot.Redis.Storage;
using ClipBot.Redis.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Redis.Tests.Contract;

/// <summary>
/// The behaviour ITakeStore, IJobQueue, IQuotaStore, ILeaderLock, IJobCancellations and ITakeEvents promise,
/// run against every server we support. Each test gets its own key prefix, so tests share a server without
/// flushing it. Time is a FakeTimeProvider: deadlines are computed in C#, so expiry needs no sleeping.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private readonly IStoreServer _server;
    private readonly RedisKeys _keys;
    private readonly List<RedisJobQueue> _queues = [];

    protected StoreContractTests(IStoreServer server)
    {
        _server = server;
        _keys = new RedisKeys($"test:{Guid.NewGuid():N}:");
        Time = new FakeTimeProvider(TestTakes.Epoch);
        Store = new RedisTakeStore(server.Redis, _keys);
        Queue = NewQueue();
        Events = new RedisTakeEvents(server.Redis, _keys, NullLogger<RedisTakeEvents>.Instance);
        Quota = new RedisQuotaStore(server.Redis, _keys, Time);
        LeaderLock = new RedisLeaderLock(server.Redis, _keys);
        Cancellations = new RedisJobCancellations(server.Redis, _keys, NullLogger<RedisJobCancellations>.Instance);
    }

    private FakeTimeProvider Time { get; }

    // Typed as the port on purpose: the contract is the interface, whatever implements it.
    protected ITakeStore Store { get; }

    protected IJobQueue Queue { get; }

    protected ITakeEvents Events { get; }

    protected IQuotaStore Quota { get; }

    protected ILeaderLock LeaderLock { get; }

    protected IJobCancellations Cancellations { get; }

    private static CancellationToken None => CancellationToken.None;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var queue in _queues)
        {
            queue.Dispose();
        }

        await ServerAdmin.DeleteKeysAsync(_server.Redis, _keys);
    }

    /// <summary>Another worker process's view of the same queue.</summary>
    private RedisJobQueue NewQueue()
    {
        var queue = new RedisJobQueue(_server.Redis, _keys, Time, NullLogger<RedisJobQueue>.Instance);
        _queues.Add(queue);
        return queue;
    }
}
