using ClipBot.Core;
using ClipBot.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClipBot.Bench.Scenarios;

/// <summary>ClipBot's store and queue built the way the app builds them (configuration, DI, logging), against the benchmark's redis-server.</summary>
internal static class RedisBenchServices
{
    public static ServiceProvider Build(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:Mode"] = "Redis",
                ["Store:ConnectionString"] = connectionString,
                ["Store:KeyPrefix"] = "bench:",
            })
            .Build();
        return new ServiceCollection()
            .AddLogging()
            .AddClipBotCore(configuration)
            .AddClipBotRedis(configuration)
            .BuildServiceProvider();
    }
}
