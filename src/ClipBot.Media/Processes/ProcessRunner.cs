using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Processes;

/// <summary>
/// Runs one external program with an argument list (never through a shell), a timeout, and cancellation
/// that kills the whole process tree.
/// </summary>
internal sealed class ProcessRunner(TimeProvider timeProvider, ILogger<ProcessRunner> logger)
{
    // Once killed, a process closes its pipes at once; this only guards against a grandchild holding them.
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(5);

    /// <summary>Runs to the end and returns the exit code; only a timeout, a failed start or cancellation throw.</summary>
    public async Task<ProcessResult> RunAsync(ProcessSpec spec, Action<string>? onOutputLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        cancellationToken.ThrowIfCancellationRequested();

        var commandLine = CommandLineFormatter.Format(spec.FileName, spec.Arguments);
        logger.RunningProcess(spec.Tool, commandLine);

        using var process = new Process { StartInfo = CreateStartInfo(spec) };
        var tail = new StderrTail();
        var started = timeProvider.GetTimestamp();
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new MediaProcessingException(
                $"{spec.Tool} could not be started ({exception.Message}): {commandLine}", exception);
        }

        // Nothing is ever fed to the tools; a closed stdin stops ffmpeg from waiting on a keypress.
        process.StandardInput.Close();
        var pumps = Task.WhenAll(
            PumpAsync(process.StandardOutput, onOutputLine ?? (static _ => { })),
            PumpAsync(process.StandardError, tail.Add));

        using var timeout = new CancellationTokenSource(spec.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            await process.WaitForExitAsync(linked.Token);
            await pumps;
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            KillTree(process);
            await process.WaitForExitAsync(CancellationToken.None);
            await DrainAsync(pumps);
            var elapsed = timeProvider.GetElapsedTime(started);
            if (cancellationToken.IsCancellationRequested)
            {
                logger.ProcessCancelled(spec.Tool, (long)elapsed.TotalMilliseconds);
                throw new OperationCanceledException($"{spec.Tool} was cancelled and killed.", cancellationToken);
            }

            var seconds = spec.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            logger.ProcessTimedOut(spec.Tool, seconds);
            throw new MediaProcessingException(
                $"{spec.Tool} timed out after {seconds} s and was killed: {commandLine}\n{tail}");
        }

        var result = new ProcessResult(process.ExitCode, tail.ToString(), timeProvider.GetElapsedTime(started), commandLine);
        logger.ProcessExited(spec.Tool, result.ExitCode, (long)result.Elapsed.TotalMilliseconds);
        return result;
    }

    private static ProcessStartInfo CreateStartInfo(ProcessSpec spec)
    {
        var startInfo = new ProcessStartInfo(spec.FileName)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    private static async Task PumpAsync(StreamReader reader, Action<string> onLine)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            onLine(line);
        }
    }

    private static async Task DrainAsync(Task pumps)
    {
        try
        {
            await pumps.WaitAsync(DrainLimit, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            // The tail stays as read so far; the error is still worth raising without the last lines.
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the timeout and the kill: nothing is left to stop.
        }
    }
}
