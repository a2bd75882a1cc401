using System.Globalization;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// The peak resident memory (VmHWM) of the ffmpeg and ffprobe processes working on a folder, polled from
/// /proc while a measured step runs. A process is matched by the folder's path in its command line.
/// </summary>
internal sealed class CutPeakMemory : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);

    private readonly string _marker;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _poll;

    private CutPeakMemory(string marker)
    {
        _marker = marker;
        _poll = Task.Run(PollAsync);
    }

    /// <summary>The highest VmHWM of any one matching process, in bytes.</summary>
    public long PeakBytes { get; private set; }

    public static CutPeakMemory Watch(string marker) => new(marker);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _poll;
        }
        catch (OperationCanceledException)
        {
            // Stopping is how the poll ends.
        }

        _stop.Dispose();
    }

    private async Task PollAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(folder), out _) && Read(folder) is { } peak)
                {
                    PeakBytes = Math.Max(PeakBytes, peak);
                }
            }

            await Task.Delay(Interval, _stop.Token);
        }
    }

    private long? Read(string folder)
    {
        try
        {
            if (!File.ReadAllText(Path.Combine(folder, "cmdline")).Contains(_marker, StringComparison.Ordinal))
            {
                return null;
            }

            var line = File.ReadLines(Path.Combine(folder, "status")).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            // The process ended while being read.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
