using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClipBot.Discord.Gateway;

internal static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// The gateway client and the hosted service that runs it; for <see cref="DiscordMode.Gateway"/> only.
    /// Needs <see cref="DiscordOptions"/>, <see cref="Rest.IDiscordRest"/> and an <see cref="IGatewayDispatchHandler"/>.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new GatewayTimings());
        services.AddSingleton<DiscordGateway>();
        services.AddHostedService<GatewayHostedService>();
        return services;
    }
}
