using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// The benchmark's own redis-server on a free loopback port without persistence, shared by both systems, with
/// an admin connection to empty it between runs and to read what each run cost the server.
/// </summary>
internal sealed class QueueRedisServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _directory;
    private ConnectionMultiplexer? _admin;

    private QueueRedisServer(Process process, DirectoryInfo directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    private IServer Server => _admin!.GetServer(ConnectionString);

    public static async Task<QueueRedisServer> StartAsync(CancellationToken cancellationToken)
    {
        var port = FreePort();
        var directory = Directory.CreateTempSubdirectory("clipbot-bench-redis-");
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", directory.FullName, "--save", string.Empty, "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new QueueRedisServer(process, directory, port);
        try
        {
            server._admin = await ConnectAsync($"{server.ConnectionString},allowAdmin=true", process, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The server, or null after telling the user why it could not start (redis-server missing).</summary>
    public static async Task<QueueRedisServer?> StartOrExplainAsync(string scenario, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            return await StartAsync(cancellationToken);
        }
        catch (Win32Exception exception)
        {
            await output.WriteLineAsync($"{scenario}: redis-server could not be started ({exception.Message}); install it (Debian: apt-get install redis-server).");
            return null;
        }
    }

    /// <summary>Empties the server, so each run starts from nothing.</summary>
    public Task FlushAsync() => Server.FlushAllDatabasesAsync();

    /// <summary>The server's totals so far: calls by command (those made inside scripts included) and CPU seconds.</summary>
    public async Task<QueueServerCost> ReadTotalsAsync()
    {
        var commands = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entry in (await Server.InfoAsync("commandstats")).SelectMany(g => g))
        {
            // cmdstat_evalsha: calls=123,usec=456,usec_per_call=3.7,...
            var calls = entry.Value.Split(',').First(p => p.StartsWith("calls=", StringComparison.Ordinal))[6..];
            commands[entry.Key.Replace("cmdstat_", string.Empty, StringComparison.Ordinal)] = long.Parse(calls, CultureInfo.InvariantCulture);
        }

        var cpu = (await Server.InfoAsync("cpu")).SelectMany(g => g)
            .Where(e => e.Key is "used_cpu_sys" or "used_cpu_user")
            .Sum(e => double.Parse(e.Value, CultureInfo.InvariantCulture));
        return new QueueServerCost(commands, cpu);
    }

    public async ValueTask DisposeAsync()
    {
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _directory.Delete(recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<ConnectionMultiplexer> ConnectAsync(string configuration, Process process, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await ConnectionMultiplexer.ConnectAsync(configuration);
            }
            catch (RedisConnectionException) when (watch.Elapsed < TimeSpan.FromSeconds(10) && !process.HasExited)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }
}
