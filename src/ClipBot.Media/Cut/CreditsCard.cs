using System.Diagnostics;
using System.Text;
using ClipBot.Core.Cuts;
using ClipBot.Media.Arguments;
using ClipBot.Media.Local;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Cut;

/// <summary>
/// The credits card of a cut, rendered once and kept under the cut's id. Its file name is a hash of the
/// text and the format, so it is rendered again only when a shot's title, author, prompt or seed changes.
/// </summary>
internal sealed class CreditsCard(FfmpegRunner runner, CaptionFont font, ILogger logger)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<string> EnsureAsync(
        CutFolders folders, CutRequest request, int frames, PieceFormat format, string workFolder, CutStats stats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(format);

        var layout = new CreditsLayout(format.Width, format.Height, format.Fps, frames);
        var text = CreditsText.Build(request.Shots, layout.MaxCharsPerLine);
        var rendition = CutFolders.RenditionName(request.Rendition);
        var name = $"{rendition}-{CacheKey.Hash("credits/1", text, layout, format.Fingerprint, font.FontFile)}.mp4";
        var folder = folders.Credits(request.CutId);
        var path = Path.Combine(folder, name);
        if (CachedPiece.ReadUsable(path, format, frames, logger) is not null)
        {
            return path;
        }

        var started = Stopwatch.GetTimestamp();
        var textPath = Path.Combine(workFolder, "credits.txt");
        await File.WriteAllTextAsync(textPath, text, Utf8NoBom, cancellationToken);
        await CachedPiece.RenderAsync(
            runner,
            path,
            partial => CreditsArguments.Build(textPath, font.FontFile, layout, format.Video, format.Timescale, partial),
            format,
            frames,
            $"The credits card of cut {request.CutId}",
            logger,
            cancellationToken);

        // The card this one replaces is never used again; other renditions keep theirs.
        foreach (var old in Directory.EnumerateFiles(folder, $"{rendition}-*.mp4").Where(old => old != path).ToList())
        {
            CutFiles.TryDelete(old, logger);
        }

        stats.CreditsRendered = true;
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        logger.CreditsRendered(request.CutId, request.Rendition, frames, elapsedMs);
        return path;
    }
}
