using System.Diagnostics;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Redis.Connection;
using ClipBot.Redis.Queue;
using ClipBot.Redis.Tests.Faults;
using ClipBot.Redis.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests;

/// <summary>
/// A server that restarts under a running queue comes back with its data (AOF) but without its script cache.
/// The queue, which calls its scripts by SHA1, must find out (NOSCRIPT) and send them again, on Garnet and on
/// redis-server alike, with the same multiplexer reconnecting by itself.
/// </summary>
public sealed class StoreRestartTests : IDisposable
{
    private static readonly TimeSpan LeaseFor = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _data = new();
    private readonly RedisKeys _keys = new($"test:{Guid.NewGuid():N}:");

    [Fact]
    public async Task EmbeddedGarnet_RestartedUnderARunningQueue_KeepsTheJobsAndRunsTheScriptsAgain()
    {
        var options = Options.Create(new StoreOptions { EmbeddedPort = FreePort.Next() });
        var data = Options.Create(new DataOptions { Path = _data.Path });
        var garnet = new EmbeddedGarnet(options, data, NullLoggerFactory.Instance);
        try
        {
            var endpoint = garnet.Start();
            await using var redis = await ConnectionMultiplexer.ConnectAsync($"{endpoint},abortConnect=false");
            using var queue = NewQueue(redis);
            var (ids, held) = await StartWorkAsync(queue);

            garnet.Dispose();
            garnet = new EmbeddedGarnet(options, data, NullLoggerFactory.Instance);
            garnet.Start();

            Assert.False(await CachedAsync(endpoint, QueueScripts.CompleteAndLeaseNext));
            await AssertResumesAsync(queue, ids, held);
            Assert.True(await CachedAsync(endpoint, QueueScripts.CompleteAndLeaseNext));
        }
        finally
        {
            garnet.Dispose();
        }
    }

    [Fact]
    public async Task RedisServer_RestartedUnderARunningQueue_KeepsTheJobsAndRunsTheScriptsAgain()
    {
        await using var server = await FaultRedisServer.StartAsync(appendOnly: true);
        await using var redis = await ConnectionMultiplexer.ConnectAsync($"{server.ConnectionString},abortConnect=false");
        using var queue = NewQueue(redis);
        var (ids, held) = await StartWorkAsync(queue);

        server.Kill();
        await server.RestartAsync();

        Assert.False(await CachedAsync(server.ConnectionString, QueueScripts.CompleteAndLeaseNext));
        await AssertResumesAsync(queue, ids, held);
        Assert.True(await CachedAsync(server.ConnectionString, QueueScripts.CompleteAndLeaseNext));
    }

    public void Dispose() => _data.Dispose();

    private static async Task<bool> CachedAsync(string endpoint, QueueScript script)
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{endpoint},allowAdmin=true");
        return await admin.GetServer(admin.GetEndPoints()[0]).ScriptExistsAsync(script.Hash);
    }

    private RedisJobQueue NewQueue(IConnectionMultiplexer redis) =>
        new(redis, _keys, TimeProvider.System, NullLogger<RedisJobQueue>.Instance);

    // Three jobs, one of them leased: every script the rest of the test calls has been cached by then.
    private static async Task<(IReadOnlyList<TakeId> Ids, JobLease Held)> StartWorkAsync(RedisJobQueue queue)
    {
        var ids = Enumerable.Range(0, 3).Select(_ => TakeId.New()).ToList();
        foreach (var id in ids)
        {
            await queue.EnqueueAsync(new JobRequest(id, "alice"), CancellationToken.None);
        }

        var held = await queue.TryLeaseAsync("w1", LeaseFor, 10, CancellationToken.None);
        await queue.GetStatusAsync("alice", CancellationToken.None);
        return (ids, held!);
    }

    private static async Task AssertResumesAsync(RedisJobQueue queue, IReadOnlyList<TakeId> ids, JobLease held)
    {
        // The read-only status script waits out the reconnection; it is the first script after the restart.
        var watch = Stopwatch.StartNew();
        QueueStatus? status = null;
        while (status is null)
        {
            try
            {
                status = await queue.GetStatusAsync("alice", CancellationToken.None);
            }
            catch (Exception exception) when (exception is RedisConnectionException or RedisTimeoutException && watch.Elapsed < Reconnect)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }

        var second = await queue.CompleteAndLeaseNextAsync(held, TimeSpan.FromSeconds(1), "w1", LeaseFor, 10, CancellationToken.None);
        var third = await queue.CompleteAndLeaseNextAsync(second.Next!, TimeSpan.FromSeconds(1), "w1", LeaseFor, 10, CancellationToken.None);
        var last = await queue.CompleteAndLeaseNextAsync(third.Next!, TimeSpan.FromSeconds(1), "w1", LeaseFor, 10, CancellationToken.None);
        var after = await queue.GetStatusAsync("alice", CancellationToken.None);

        Assert.Equal((2L, 1L), (status.Waiting, status.Running));
        Assert.Equal(ids, [held.TakeId, second.Next!.TakeId, third.Next!.TakeId]);
        Assert.True(second.Completed && third.Completed && last.Completed);
        Assert.Null(last.Next);
        Assert.Equal((0L, 0L), (after.Waiting, after.Running));
    }
}
