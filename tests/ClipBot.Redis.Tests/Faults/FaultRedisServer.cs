using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Faults;

/// <summary>
/// A redis-server of the test's own on a free loopback port and a temp folder, which the test may kill with
/// SIGKILL and start again on the same port and folder (with AOF on, what it acknowledged comes back).
/// </summary>
internal sealed class FaultRedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly TempDirectory _directory = new();
    private readonly bool _appendOnly;
    private Process? _process;

    private FaultRedisServer(bool appendOnly)
    {
        _appendOnly = appendOnly;
        Port = FreePort.Next();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    private string LogFile => Path.Combine(_directory.Path, "redis.log");

    /// <summary>Starts a server; with <paramref name="appendOnly"/>, every write is fsynced to the AOF before its reply.</summary>
    public static async Task<FaultRedisServer> StartAsync(bool appendOnly)
    {
        var server = new FaultRedisServer(appendOnly);
        try
        {
            await server.StartProcessAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>kill -9: no shutdown, no final save; only what the AOF already holds survives.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    /// <summary>Starts the server again on the same port and folder, and waits until it has loaded its data.</summary>
    public Task RestartAsync() => StartProcessAsync();

    public async ValueTask DisposeAsync()
    {
        Kill();
        if (_process is not null)
        {
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        _directory.Dispose();
    }

    private async Task StartProcessAsync()
    {
        _process?.Dispose();
        var start = new ProcessStartInfo("redis-server")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _directory.Path,
            "--logfile", LogFile, "--save", string.Empty, "--daemonize", "no",
            "--appendonly", _appendOnly ? "yes" : "no", "--appendfsync", "always",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var watch = Stopwatch.StartNew();
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || watch.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"redis-server did not come up on port {Port}:{Environment.NewLine}{ReadLog()}");
            }

            await Task.Delay(50);
        }
    }

    // A bare PING over a socket: a server still loading its AOF answers -LOADING, which is not ready yet.
    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync("127.0.0.1", Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    private string ReadLog() => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no log)";
}
