using Microsoft.Extensions.Hosting;

namespace ClipBot.Discord.Gateway;

/// <summary>
/// Runs the gateway for the host's lifetime. When Discord refuses the configuration the gateway returns and
/// this service stays stopped; the host (the Studio, the workers) keeps running.
/// </summary>
internal sealed class GatewayHostedService(DiscordGateway gateway) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => gateway.RunAsync(stoppingToken);
}
