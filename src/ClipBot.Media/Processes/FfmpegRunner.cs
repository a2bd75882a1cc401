using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Media.Processes;

/// <summary>
/// Runs ffmpeg and ffprobe with ClipBot's discipline: bounded parallel encodes, a timeout, an exit-code and
/// output check, and the stderr tail in every failure.
/// </summary>
internal sealed class FfmpegRunner(ProcessRunner runner, IOptions<MediaOptions> options, ILogger<FfmpegRunner> logger)
    : IDisposable
{
    private const int MaxProbeChars = 4 * 1024 * 1024;

    private readonly SemaphoreSlim _encodeSlots = new(options.Value.MaxParallelEncodes, options.Value.MaxParallelEncodes);

    private TimeSpan Timeout => TimeSpan.FromSeconds(options.Value.TimeoutSeconds);

    /// <summary>
    /// Runs ffmpeg, which must write <paramref name="outputPath"/>; waits for a free encode slot first.
    /// Progress needs <c>-progress pipe:1</c> in the arguments and an expected duration.
    /// </summary>
    public async Task RunFfmpegAsync(
        IReadOnlyList<string> arguments,
        string outputPath,
        TimeSpan expectedDuration,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);

        var spec = new ProcessSpec("ffmpeg", options.Value.FfmpegPath, arguments, Timeout);
        var lastPercent = -1;
        void OnLine(string line)
        {
            if (progress is not null && FfmpegProgress.TryReadPercent(line, expectedDuration) is { } percent && percent > lastPercent)
            {
                lastPercent = percent;
                progress.Report(percent);
            }
        }

        await _encodeSlots.WaitAsync(cancellationToken);
        ProcessResult result;
        try
        {
            result = await runner.RunAsync(spec, OnLine, cancellationToken);
        }
        finally
        {
            _encodeSlots.Release();
        }

        if (result.ExitCode != 0)
        {
            logger.ProcessFailed(spec.Tool, result.ExitCode);
            throw new MediaProcessingException(
                $"ffmpeg failed with exit code {result.ExitCode}: {result.CommandLine}\n{result.StderrTail}");
        }

        var output = new FileInfo(outputPath);
        if (!output.Exists || output.Length == 0)
        {
            throw new MediaProcessingException(
                $"ffmpeg exited 0 but wrote no output to '{outputPath}': {result.CommandLine}\n{result.StderrTail}");
        }

        progress?.Report(100);
    }

    /// <summary>Runs ffprobe and returns what it printed; the caller decides what a failure means.</summary>
    public async Task<ProbeOutput> RunFfprobeAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);

        var spec = new ProcessSpec("ffprobe", options.Value.FfprobePath, arguments, Timeout);
        var json = new StringBuilder();
        void OnLine(string line)
        {
            // A hostile file could make ffprobe print without end; a real probe is a few kilobytes.
            if (json.Length < MaxProbeChars)
            {
                json.Append(line).Append('\n');
            }
        }

        var result = await runner.RunAsync(spec, OnLine, cancellationToken);
        return new ProbeOutput(result.ExitCode, json.ToString(), result.StderrTail);
    }

    public void Dispose() => _encodeSlots.Dispose();
}
