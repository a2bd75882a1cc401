using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Gateway;

/// <summary>
/// Runs the gateway for the host's lifetime. When Discord refuses the configuration the gateway returns and
/// this service stays stopped; the host (the Studio, the workers) keeps running.
/// </summary>
internal sealed class GatewayHostedService(DiscordGateway gateway, IOptions<DiscordOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Listen ? gateway.RunAsync(stoppingToken) : Task.CompletedTask;
}
