using ClipBot.Core.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ClipBot.Redis.Connection;

/// <summary>
/// Makes the process's one multiplexer: to the embedded Garnet (started first) or to Store:ConnectionString.
/// </summary>
internal sealed class RedisConnector(
    IOptions<StoreOptions> options,
    ILogger<RedisConnector> logger,
    EmbeddedGarnet? garnet = null)
{
    public IConnectionMultiplexer Connect()
    {
        var store = options.Value;
        var configuration = store.Mode == StoreMode.Embedded
            ? ConfigurationOptions.Parse(StartEmbedded())
            : ConfigurationOptions.Parse(store.ConnectionString ?? string.Empty);

        // Fail the start with a clear error rather than run on a store that is not there; once connected,
        // the multiplexer reconnects by itself.
        configuration.AbortOnConnectFail = true;
        configuration.ClientName ??= "clipbot";

        var endpoint = configuration.ToString(includePassword: false);
        logger.StoreConnecting(endpoint);
        ConnectionMultiplexer multiplexer;
        try
        {
            multiplexer = ConnectionMultiplexer.Connect(configuration);
        }
        catch (RedisConnectionException ex)
        {
            var key = store.Mode == StoreMode.Embedded ? "The embedded store" : "Store:ConnectionString";
            throw new StartupException($"{key} ({endpoint}) could not be reached: {ex.Message}", ex);
        }

        multiplexer.ConnectionFailed += (_, e) => logger.StoreConnectionFailed(endpoint, e.FailureType.ToString(), e.Exception);
        multiplexer.ConnectionRestored += (_, _) => logger.StoreConnectionRestored(endpoint);
        logger.StoreConnected(endpoint);
        return multiplexer;
    }

    private string StartEmbedded() =>
        (garnet ?? throw new InvalidOperationException("Store:Mode is Embedded, but the embedded store was not registered."))
            .Start();
}
