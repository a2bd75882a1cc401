using ClipBot.Discord.Gateway;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClipBot.Discord.Tests.Gateway;

public sealed class GatewayServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDiscordGateway_WithItsDependencies_ResolvesTheHostedService()
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddOptions<DiscordOptions>();
        services.AddSingleton<IDiscordRest>(new GatewayUrlRest(new Uri("wss://gateway.discord.gg")));
        services.AddSingleton<IGatewayDispatchHandler, RecordingDispatchHandler>();

        services.AddDiscordGateway();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.IsType<GatewayHostedService>(Assert.Single(provider.GetServices<IHostedService>()));
    }
}
