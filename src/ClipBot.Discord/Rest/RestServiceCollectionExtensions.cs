using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClipBot.Discord.Rest;

internal static class RestServiceCollectionExtensions
{
    /// <summary>
    /// The REST client (<see cref="IDiscordRest"/>) with its rate limits, one instance for the process since the
    /// limits are the process's. Reads <see cref="DiscordOptions"/>, which the caller binds.
    /// </summary>
    internal static IServiceCollection AddDiscordRest(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<DiscordOptions>();
        services.TryAddSingleton(TimeProvider.System);

        // The factory's own handlers log every request's URL, and interaction URLs carry the interaction's token.
        services.AddHttpClient(DiscordRequestSender.HttpClientName, client => client.Timeout = DiscordRequestSender.RequestTimeout)
            .RemoveAllLoggers();

        services.AddSingleton<RouteBuckets>();
        services.AddSingleton<GlobalRateLimit>();
        services.AddSingleton<InvalidRequestCounter>();
        services.AddSingleton<DiscordRequestSender>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<IDiscordRest>(provider => provider.GetRequiredService<DiscordRestClient>());
        return services;
    }
}
