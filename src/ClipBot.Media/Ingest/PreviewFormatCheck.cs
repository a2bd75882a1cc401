using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Ingest;

/// <summary>
/// Finds out once per process whether this ffmpeg writes animated WebP. Distribution builds differ, and a
/// tiny trial encode is the one check that cannot misread a help text.
/// </summary>
internal sealed class PreviewFormatCheck(FfmpegRunner runner, ILogger logger)
{
    private const int Unknown = -1;

    // Read and written without a lock: two first ingests may both check, and both get the same answer.
    private int _format = Unknown;

    public async Task<PreviewFormat> GetAsync(string scratchFolder, CancellationToken cancellationToken)
    {
        var known = Volatile.Read(ref _format);
        if (known != Unknown)
        {
            return (PreviewFormat)known;
        }

        using var partial = new PartialFiles(scratchFolder, logger);
        var trial = partial.Create("webp-check.webp");
        PreviewFormat format;
        try
        {
            await runner.RunFfmpegAsync(PreviewArguments.WebPCheck(trial), trial, TimeSpan.Zero, null, cancellationToken);
            format = PreviewFormat.WebP;
        }
        catch (MediaProcessingException)
        {
            format = PreviewFormat.Gif;
        }

        logger.PreviewFormatChosen(format, format == PreviewFormat.WebP);
        Volatile.Write(ref _format, (int)format);
        return format;
    }
}
