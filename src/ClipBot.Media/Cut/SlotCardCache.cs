using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClipBot.Core.Cuts;
using ClipBot.Media.Arguments;
using ClipBot.Media.Local;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Cut;

/// <summary>
/// The cards that stand in for empty slots, one file per text, length and format, shared by every cut
/// that shows the same card. A card is encoded like the takes around it (their header, a keyframe every
/// half second), so it joins the cut by stream copy and crossfades begin and end on it like on a take.
/// </summary>
internal sealed class SlotCardCache(FfmpegRunner runner, CaptionFont font, ILogger logger)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file and index of every job's card, in order, rendering those not cached yet.</summary>
    /// <param name="format">The takes' format; without a header (a cut of only cards), the first card sets the one the returned format holds.</param>
    public async Task<(IReadOnlyList<string> Paths, IReadOnlyList<Mp4VideoTrack> Tracks, PieceFormat Format)> EnsureAsync(
        CutFolders folders,
        IReadOnlyList<SlotCardJob> jobs,
        CutRendition rendition,
        PieceFormat format,
        string workFolder,
        CutStats stats,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(format);

        var started = Stopwatch.GetTimestamp();
        var cards = jobs.Select(job => Describe(folders, job, rendition, format)).ToList();

        // Two empty slots that say the same for as long need that card rendered once.
        var unique = cards.DistinctBy(card => card.Path, StringComparer.Ordinal).ToList();
        var done = new Dictionary<string, (Mp4VideoTrack Track, bool Rendered)>(StringComparer.Ordinal);
        var rest = unique;
        if (format.AvcConfiguration is null && unique.Count > 0)
        {
            // No take to match: the first card's stream header is the one every other piece of the cut must have.
            var first = await EnsureOneAsync(unique[0], 0, format, workFolder, cancellationToken);
            done[unique[0].Path] = first;
            format = format with { AvcConfiguration = first.Track.AvcConfiguration };
            rest = [.. unique.Skip(1)];
        }

        // All are queued at once; the runner's encode slots decide how many run side by side.
        var offset = unique.Count - rest.Count;
        var ensured = await Task.WhenAll(rest.Select((card, i) => EnsureOneAsync(card, offset + i, format, workFolder, cancellationToken)));
        for (var i = 0; i < rest.Count; i++)
        {
            done[rest[i].Path] = ensured[i];
        }

        var rendered = done.Values.Count(card => card.Rendered);
        stats.CardsRendered += rendered;
        stats.CardsReused += done.Count - rendered;
        if (rendered > 0)
        {
            var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            logger.CardsRendered(rendered, rendition, elapsedMs);
        }

        return ([.. cards.Select(card => card.Path)], [.. cards.Select(card => done[card.Path].Track)], format);
    }

    private Card Describe(CutFolders folders, SlotCardJob job, CutRendition rendition, PieceFormat format)
    {
        var layout = new SlotCardLayout(format.Width, format.Height, format.Fps, job.Frames);
        var title = SlotCardText.Title(job.Title, layout);
        var brief = SlotCardText.Brief(job.Brief, layout);
        var key = CacheKey.Hash("card/1", title, brief, layout, rendition, format.Fingerprint, font.FontFile);
        return new Card(Path.Combine(folders.Cards, $"{CutFolders.RenditionName(rendition)}-{key}.mp4"), title, brief, layout);
    }

    private async Task<(Mp4VideoTrack Track, bool Rendered)> EnsureOneAsync(
        Card card, int number, PieceFormat format, string workFolder, CancellationToken cancellationToken)
    {
        if (CachedPiece.ReadUsable(card.Path, format, card.Layout.Frames, logger) is { } cached)
        {
            return (cached, false);
        }

        // The title and the brief are user input: drawtext reads them from files, never from the graph.
        var titlePath = Path.Combine(workFolder, string.Create(CultureInfo.InvariantCulture, $"card-{number}-title.txt"));
        await File.WriteAllTextAsync(titlePath, card.Title, Utf8NoBom, cancellationToken);
        string? briefPath = null;
        if (card.Brief.Length > 0)
        {
            briefPath = Path.Combine(workFolder, string.Create(CultureInfo.InvariantCulture, $"card-{number}-brief.txt"));
            await File.WriteAllTextAsync(briefPath, card.Brief, Utf8NoBom, cancellationToken);
        }

        var briefLines = card.Brief.Length > 0 ? card.Brief.Split('\n').Length : 0;
        var track = await CachedPiece.RenderAsync(
            runner,
            card.Path,
            partial => SlotCardArguments.Build(titlePath, briefPath, briefLines, font.FontFile, card.Layout, format.Video, format.Timescale, partial),
            format,
            card.Layout.Frames,
            $"The card of an empty slot ({card.Layout.Frames} frames)",
            logger,
            cancellationToken);
        return (track, true);
    }

    /// <summary>A card as it is drawn and named: the text fitted to the layout, and the cache file.</summary>
    private sealed record Card(string Path, string Title, string Brief, SlotCardLayout Layout);
}
