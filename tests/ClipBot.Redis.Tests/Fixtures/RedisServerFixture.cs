using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Fixtures;

/// <summary>
/// A real redis-server: the one named by CLIPBOT_TEST_REDIS (the build script starts one for the whole run),
/// else one started here on a free port without persistence and stopped after the class.
/// </summary>
public sealed class RedisServerFixture : IStoreServer, IAsyncLifetime, IDisposable
{
    public const string EnvironmentVariable = "CLIPBOT_TEST_REDIS";

    private readonly TempDirectory _directory = new();
    private Process? _process;
    private ConnectionMultiplexer? _redis;

    public string ConnectionString { get; private set; } = string.Empty;

    public IConnectionMultiplexer Redis => _redis ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            ConnectionString = external;
            _redis = await ConnectionMultiplexer.ConnectAsync($"{external},{TestConnection.Patient}");
            return;
        }

        var port = FreePort.Next();
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--dir", _directory.Path })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        ConnectionString = $"127.0.0.1:{port}";
        _redis = await ConnectWhenUpAsync(ConnectionString);
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
        if (_process is not null)
        {
            _process.Kill();
            _process.WaitForExit();
            _process.Dispose();
        }

        _directory.Dispose();
    }

    private async Task<ConnectionMultiplexer> ConnectWhenUpAsync(string connectionString)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await ConnectionMultiplexer.ConnectAsync($"{connectionString},connectTimeout=1000,{TestConnection.Patient}");
            }
            catch (RedisConnectionException) when (deadline.Elapsed < TimeSpan.FromSeconds(10) && !_process!.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }
}
