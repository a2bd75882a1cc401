using ClipBot.Core.Notifications;
using ClipBot.Core.Queue;
using ClipBot.Core.Reels;
using ClipBot.Core.Storage;
using ClipBot.Redis.Connection;
using ClipBot.Redis.Notifications;
using ClipBot.Redis.Queue;
using ClipBot.Redis.Reels;
using ClipBot.Redis.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ClipBot.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// The take store, the job queue with its quotas, leader lock and cancellations, take events, and the reels'
    /// store, ballot box and timers on one multiplexer, to the embedded Garnet or to the Redis at Store:ConnectionString. Needs Core's DataOptions and TimeProvider.
    /// </summary>
    public static IServiceCollection AddClipBotRedis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>();

        // The mode decides what is registered; a value that does not parse is left to the validator, which
        // stops the start with a message naming Store:Mode.
        var mode = configuration.GetSection(StoreOptions.SectionName)[nameof(StoreOptions.Mode)];
        if (string.IsNullOrEmpty(mode) || (Enum.TryParse<StoreMode>(mode, ignoreCase: true, out var parsed) && parsed == StoreMode.Embedded))
        {
            services.AddSingleton<EmbeddedGarnet>();
        }

        services.AddSingleton<RedisConnector>();
        services.AddSingleton<IConnectionMultiplexer>(sp => sp.GetRequiredService<RedisConnector>().Connect());
        services.AddSingleton(sp => new RedisKeys(sp.GetRequiredService<IOptions<StoreOptions>>().Value.KeyPrefix));
        services.AddHostedService<StoreStartup>();

        services.AddSingleton<ITakeStore, RedisTakeStore>();
        services.AddSingleton<IJobQueue, RedisJobQueue>();
        services.AddSingleton<IQuotaStore, RedisQuotaStore>();
        services.AddSingleton<ILeaderLock, RedisLeaderLock>();
        services.AddSingleton<IJobCancellations, RedisJobCancellations>();
        services.AddSingleton<ITakeEvents, RedisTakeEvents>();
        services.AddSingleton<IReelStore, RedisReelStore>();
        services.AddSingleton<IBallotBox, RedisBallotBox>();
        services.AddSingleton<IReelTimers, RedisReelTimers>();
        return services;
    }
}
