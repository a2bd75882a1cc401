using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Media.Hosting;

/// <summary>
/// Runs <c>ffmpeg -version</c> and <c>ffprobe -version</c>, so a missing tool stops the start with a fix
/// instead of failing every take later.
/// </summary>
internal sealed class MediaToolCheck(ProcessRunner runner, IOptions<MediaOptions> options, ILogger<MediaToolCheck> logger)
{
    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(15);

    /// <summary>What is wrong, in words an operator can act on; null when both tools run.</summary>
    public async Task<string?> FindProblemAsync(CancellationToken cancellationToken)
    {
        return await CheckAsync("ffmpeg", options.Value.FfmpegPath, "Media:FfmpegPath", cancellationToken)
            ?? await CheckAsync("ffprobe", options.Value.FfprobePath, "Media:FfprobePath", cancellationToken);
    }

    private async Task<string?> CheckAsync(string tool, string path, string key, CancellationToken cancellationToken)
    {
        var firstLine = string.Empty;
        void OnLine(string line)
        {
            if (firstLine.Length == 0)
            {
                firstLine = line;
            }
        }

        ProcessResult result;
        try
        {
            result = await runner.RunAsync(new ProcessSpec(tool, path, ["-version"], VersionTimeout), OnLine, cancellationToken);
        }
        catch (MediaProcessingException exception) when (exception.InnerException is System.ComponentModel.Win32Exception)
        {
            return $"{tool} was not found at '{path}': install it (sudo apt-get install ffmpeg) or set {key}.";
        }
        catch (MediaProcessingException exception)
        {
            return $"{tool} at '{path}' did not answer '-version' ({exception.Message}); check {key}.";
        }

        if (result.ExitCode != 0)
        {
            return $"{tool} at '{path}' failed to run (exit code {result.ExitCode}): {result.StderrTail}; check {key}.";
        }

        logger.MediaToolFound(tool, path, firstLine);
        return null;
    }
}
