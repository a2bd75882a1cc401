using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ClipBot.Core.Hosting;
using ClipBot.Core.Storage;
using Garnet;
using Garnet.common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Redis.Connection;

/// <summary>
/// The in-process Garnet server of the embedded mode, persisted under <see cref="DataOptions.StorePath"/>.
/// It starts on first use, before the multiplexer connects, and stops when the container is disposed,
/// after the multiplexer (which was created later) has closed.
/// </summary>
internal sealed class EmbeddedGarnet(
    IOptions<StoreOptions> options,
    IOptions<DataOptions> data,
    ILoggerFactory loggerFactory) : IDisposable
{
    // A free port picked before Garnet binds it can be taken by someone else in between; retry a few times.
    private const int PortAttempts = 3;

    private readonly Lock _gate = new();
    private readonly ILogger _logger = loggerFactory.CreateLogger<EmbeddedGarnet>();
    private GarnetServer? _server;
    private int _port;
    private bool _disposed;

    /// <summary>Starts the server once and returns its endpoint, e.g. "127.0.0.1:41234".</summary>
    public string Start()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_server is null)
            {
                StartServer();
            }

            return $"127.0.0.1:{_port}";
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            // GarnetServer.Dispose is not idempotent: a second call throws from inside Tsavorite.
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_server is not null)
            {
                // false: keep the AOF and checkpoints; they are the data.
                _server.Dispose(deleteDir: false);
                _server = null;
                _logger.EmbeddedStoreStopped();
            }
        }
    }

    private void StartServer()
    {
        var store = options.Value;
        var storePath = data.Value.StorePath;
        Directory.CreateDirectory(storePath);

        var stopwatch = Stopwatch.StartNew();
        var attempts = store.EmbeddedPort == 0 ? PortAttempts : 1;
        for (var attempt = 1; ; attempt++)
        {
            var port = store.EmbeddedPort == 0 ? FreeLoopbackPort() : store.EmbeddedPort;
            _logger.EmbeddedStoreStarting(port, storePath);
            var arguments = GarnetArguments.Build(port, storePath, store.EmbeddedMemory, store.EmbeddedIndex);
            var server = new GarnetServer(arguments, new GarnetLoggerFactory(loggerFactory));
            try
            {
                server.Start();
                _server = server;
                _port = port;
                _logger.EmbeddedStoreStarted(port, stopwatch.ElapsedMilliseconds);
                return;
            }
            catch (GarnetException ex) when (attempt < attempts)
            {
                server.Dispose(deleteDir: false);
                _logger.EmbeddedStorePortTaken(port, ex);
            }
            catch (GarnetException ex)
            {
                server.Dispose(deleteDir: false);
                throw new StartupException(
                    $"The embedded store could not start on 127.0.0.1:{port} (Store:EmbeddedPort) in {storePath} (Data:Path): {ex.Message}",
                    ex);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
