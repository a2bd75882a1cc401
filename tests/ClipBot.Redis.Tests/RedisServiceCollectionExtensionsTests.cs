using System.Globalization;
using ClipBot.Core.Hosting;
using ClipBot.Core.Notifications;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Redis.Connection;
using ClipBot.Redis.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests;

public sealed class RedisServiceCollectionExtensionsTests(RedisServerFixture redis)
    : IClassFixture<RedisServerFixture>, IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task StartAsync_RedisModeWithoutConnectionString_FailsNamingTheKey()
    {
        using var host = EmbeddedStoreHost.Build(_data.Path, new Dictionary<string, string?> { ["Store:Mode"] = "Redis" });

        var start = () => host.StartAsync();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(start);
        Assert.Contains("Store:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_RedisUnreachable_FailsWithClearError()
    {
        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        using var host = EmbeddedStoreHost.Build(_data.Path, new Dictionary<string, string?>
        {
            ["Store:Mode"] = "Redis",
            ["Store:ConnectionString"] = $"127.0.0.1:{port},connectTimeout=300,connectRetry=1,password=hunter2",
        });

        var start = () => host.StartAsync();

        var error = await Assert.ThrowsAsync<StartupException>(start);
        Assert.StartsWith("Store:ConnectionString (", error.Message, StringComparison.Ordinal);
        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_RedisMode_ServesStoreQueueAndEventsWithoutGarnet()
    {
        var prefix = $"test:{Guid.NewGuid():N}:";
        using var host = EmbeddedStoreHost.Build(_data.Path, new Dictionary<string, string?>
        {
            ["Store:Mode"] = "redis",
            ["Store:ConnectionString"] = redis.ConnectionString,
            ["Store:KeyPrefix"] = prefix,
        });

        await host.StartAsync();
        await AssertStoreWorksAsync(host.Services);
        await host.StopAsync();
        await DeleteKeysAsync(prefix);

        Assert.Null(host.Services.GetService<EmbeddedGarnet>());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_data.Path));
    }

    [Fact]
    public async Task StartAsync_EmbeddedMode_StartsGarnetUnderStorePathAndServesEverything()
    {
        using var host = EmbeddedStoreHost.Build(_data.Path);

        await host.StartAsync();
        await AssertStoreWorksAsync(host.Services);
        var multiplexer = host.Services.GetRequiredService<IConnectionMultiplexer>();
        await host.StopAsync();

        Assert.Same(multiplexer, host.Services.GetRequiredService<IConnectionMultiplexer>());
        Assert.True(Directory.Exists(Path.Combine(_data.Path, "store")));
        Assert.NotEmpty(Directory.EnumerateFileSystemEntries(Path.Combine(_data.Path, "store")));
    }

    [Fact]
    public void AddClipBotRedis_AnyMode_RegistersPortsAsSingletons()
    {
        var services = new ServiceCollection();

        services.AddClipBotRedis(new ConfigurationBuilder().Build());

        Assert.Equal(ServiceLifetime.Singleton, services.Single(d => d.ServiceType == typeof(IConnectionMultiplexer)).Lifetime);
        Assert.Equal(ServiceLifetime.Singleton, services.Single(d => d.ServiceType == typeof(ITakeStore)).Lifetime);
        Assert.Equal(ServiceLifetime.Singleton, services.Single(d => d.ServiceType == typeof(IJobQueue)).Lifetime);
        Assert.Equal(ServiceLifetime.Singleton, services.Single(d => d.ServiceType == typeof(ITakeEvents)).Lifetime);
        Assert.Equal(ServiceLifetime.Singleton, services.Single(d => d.ServiceType == typeof(IQuotaStore)).Lifetime);
        Assert.Equal(ServiceLifetime.Singleton, services.Single(d => d.ServiceType == typeof(ILeaderLock)).Lifetime);
        Assert.Equal(ServiceLifetime.Singleton, services.Single(d => d.ServiceType == typeof(IJobCancellations)).Lifetime);
        Assert.Single(services, d => d.ServiceType == typeof(EmbeddedGarnet));
    }

    public void Dispose() => _data.Dispose();

    // The server may be shared by the whole build (CLIPBOT_TEST_REDIS): leave nothing behind.
    private async Task DeleteKeysAsync(string prefix)
    {
        var server = redis.Redis.GetServer(redis.Redis.GetEndPoints()[0]);
        await foreach (var key in server.KeysAsync(pattern: prefix + "*"))
        {
            await redis.Redis.GetDatabase().KeyDeleteAsync(key);
        }
    }

    private static async Task AssertStoreWorksAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<ITakeStore>();
        var queue = services.GetRequiredService<IJobQueue>();
        var take = TestTakes.Minimal();

        await store.CreateAsync(take, CancellationToken.None);
        await queue.EnqueueAsync(new JobRequest(take.Id, take.Author.Id), CancellationToken.None);
        var lease = await queue.TryLeaseAsync("w1", TimeSpan.FromSeconds(30), 2, CancellationToken.None);

        Assert.Equal(take, await store.GetAsync(take.Id, CancellationToken.None));
        Assert.Equal(take.Id, lease!.TakeId);
        Assert.True(await queue.CompleteAsync(lease, TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.True((await services.GetRequiredService<IQuotaStore>().TryConsumeAsync(take.Author.Id, 5, TimeSpan.FromMinutes(1), CancellationToken.None)).Allowed);
        Assert.True(await services.GetRequiredService<ILeaderLock>().TryAcquireAsync("recovery", "p1", TimeSpan.FromSeconds(5), CancellationToken.None));
    }
}
