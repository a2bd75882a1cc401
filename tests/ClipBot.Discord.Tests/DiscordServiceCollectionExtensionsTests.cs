using ClipBot.Core.Notifications;
using ClipBot.Core.Reels;
using ClipBot.Discord;
using ClipBot.Discord.Gateway;
using ClipBot.Discord.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClipBot.Discord.Tests;

public sealed class DiscordServiceCollectionExtensionsTests
{
    [Fact]
    public void AddClipBotDiscord_NoToken_OnlyTheCheckedOptions()
    {
        var services = Add(new() { ["Discord:Mode"] = "Http" });

        Assert.DoesNotContain(services, s => s.ServiceType == typeof(ITakeNotifier) || s.ServiceType == typeof(ICutNotifier));
        Assert.DoesNotContain(services, s => s.ServiceType == typeof(IHostedService));
        Assert.DoesNotContain(services, s => s.ServiceType == typeof(IGatewayDispatchHandler));
    }

    [Fact]
    public void AddClipBotDiscord_TokenInGatewayMode_NotifiersHandlerAndTheGatewayNotTheEndpoint()
    {
        var services = Add(new() { ["Discord:Token"] = "bot-token" });

        Assert.Contains(services, s => s.ServiceType == typeof(ITakeNotifier));
        Assert.Contains(services, s => s.ServiceType == typeof(ICutNotifier));
        Assert.Contains(services, s => s.ServiceType == typeof(IGatewayDispatchHandler));
        Assert.Contains(services, s => s.ServiceType == typeof(DiscordGateway));
        Assert.DoesNotContain(services, s => s.ServiceType == typeof(InteractionSignature));
    }

    [Fact]
    public void AddClipBotDiscord_TokenInHttpMode_TheEndpointNotTheGateway()
    {
        var services = Add(new() { ["Discord:Token"] = "bot-token", ["Discord:Mode"] = "http" });

        Assert.Contains(services, s => s.ServiceType == typeof(InteractionSignature));
        Assert.DoesNotContain(services, s => s.ServiceType == typeof(DiscordGateway));
    }

    private static ServiceCollection Add(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddClipBotDiscord(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services;
    }
}
