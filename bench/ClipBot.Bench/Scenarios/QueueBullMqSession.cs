using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// The BullMQ baseline as a running `node bench.mjs`, warmed up once and then told to run by a line on its
/// stdin, so that its runs can take turns with ClipBot's.
/// </summary>
internal sealed class QueueBullMqSession : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromMinutes(3);
    private readonly Process _node;
    private readonly StringBuilder _errors = new();

    private QueueBullMqSession(Process node)
    {
        _node = node;
        _node.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _node.BeginErrorReadLine();
    }

    public static async Task<QueueBullMqSession> StartAsync(string folder, int port, QueueSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["bench.mjs", .. settings.NodeArguments(port)])
        {
            start.ArgumentList.Add(argument);
        }

        var session = new QueueBullMqSession(Process.Start(start) ?? throw new InvalidOperationException("node did not start."));
        try
        {
            await session.ReadReplyAsync("ready", cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>One measured run: its seconds and the node process's CPU seconds during it.</summary>
    public async Task<(double Seconds, double CpuSeconds)> RunAsync(CancellationToken cancellationToken)
    {
        await _node.StandardInput.WriteLineAsync("run".AsMemory(), cancellationToken);
        await _node.StandardInput.FlushAsync(cancellationToken);
        var parts = (await ReadReplyAsync("run", cancellationToken)).Split(' ');
        return (double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        // The end of stdin is node's cue to stop; a node that does not is killed.
        _node.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _node.Kill(entireProcessTree: true);
        }

        _node.Dispose();
    }

    private async Task<string> ReadReplyAsync(string expected, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReplyTimeout);
        while (await _node.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(expected, StringComparison.Ordinal))
            {
                return line;
            }
        }

        string errors;
        lock (_errors)
        {
            errors = _errors.ToString();
        }

        throw new InvalidOperationException($"node bench.mjs ended before it answered '{expected}':{Environment.NewLine}{errors}");
    }
}
