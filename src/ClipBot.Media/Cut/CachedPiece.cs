using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Cut;

/// <summary>
/// What every piece the cut caches shares: a cached file is used only while it can still join the takes,
/// and a new one is written under a dotted partial name and checked before it takes its place, so a
/// crash or a bad encode never leaves a piece that a later cut would play.
/// </summary>
internal static class CachedPiece
{
    /// <summary>The cached piece's index when it can join the takes; null when it is absent or must be rendered again.</summary>
    public static Mp4VideoTrack? ReadUsable(string path, PieceFormat format, int frames, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var track = Mp4TrackReader.ReadVideo(path);
            if (format.Mismatch(track, frames) is null)
            {
                return track;
            }
        }
        catch (IOException)
        {
            // Unreadable is as good as absent: it is rendered again and replaced.
        }

        logger.CacheEntryInvalid(path);
        return null;
    }

    /// <summary>Renders a piece with ffmpeg into <paramref name="path"/>, checked, and returns its index.</summary>
    /// <param name="arguments">The ffmpeg arguments that write the given file.</param>
    /// <param name="what">Names the piece in the error, for the log: "The credits card of cut x".</param>
    public static async Task<Mp4VideoTrack> RenderAsync(
        FfmpegRunner runner,
        string path,
        Func<string, IReadOnlyList<string>> arguments,
        PieceFormat format,
        int frames,
        string what,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(format);

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.partial");
        try
        {
            await runner.RunFfmpegAsync(arguments(partial), partial, TimeSpan.Zero, null, cancellationToken);
            var track = Mp4TrackReader.ReadVideo(partial);
            if (format.Mismatch(track, frames) is { } problem)
            {
                throw new MediaProcessingException($"{what} cannot join the takes by stream copy: {problem}.");
            }

            File.Move(partial, path, overwrite: true);
            return track!;
        }
        finally
        {
            CutFiles.TryDelete(partial, logger);
        }
    }
}
