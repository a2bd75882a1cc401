using ClipBot.Core.Storage;
using ClipBot.Redis.Connection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Fixtures;

/// <summary>The production embedded Garnet, on a free port in a temp folder, with the production settings.</summary>
public sealed class GarnetServerFixture : IStoreServer, IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private EmbeddedGarnet? _garnet;
    private ConnectionMultiplexer? _redis;

    public string ConnectionString { get; private set; } = string.Empty;

    public IConnectionMultiplexer Redis => _redis ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        var data = new DataOptions { Path = _directory.Path };
        _garnet = new EmbeddedGarnet(Options.Create(new StoreOptions()), Options.Create(data), NullLoggerFactory.Instance);
        ConnectionString = _garnet.Start();
        _redis = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},{TestConnection.Patient}");
    }

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    // xunit calls this after DisposeAsync: the server goes after its clients.
    public void Dispose()
    {
        _garnet?.Dispose();
        _directory.Dispose();
    }
}
