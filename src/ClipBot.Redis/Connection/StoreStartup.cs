using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClipBot.Redis.Connection;

/// <summary>
/// Connects at host start, so an unreachable store stops the start with its error instead of failing the
/// first command minutes later. Nothing to stop: the container disposes the multiplexer, then Garnet.
/// </summary>
internal sealed class StoreStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
