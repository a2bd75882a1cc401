using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClipBot.Core.Cuts;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using ClipBot.Media.Arguments;
using ClipBot.Media.Ingest;
using ClipBot.Media.Local;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Media.Cut;

/// <summary>
/// Renders a cut by stream copy: the concat demuxer over the takes' files, the song's audio copied, and
/// only the crossfades, the cards of empty slots and the credits card encoded (each cached). Nothing is
/// decoded or encoded per cut but those pieces, so a 4-minute cut of 55 takes costs about what copying its
/// bytes costs. The caches are trimmed to <see cref="MediaOptions.CutCacheMegabytes"/> after every cut.
/// </summary>
internal sealed partial class FfmpegCutRenderer(
    FfmpegRunner runner,
    CaptionFont font,
    IOptions<DataOptions> data,
    IOptions<MediaOptions> media,
    TimeProvider time,
    ILogger<FfmpegCutRenderer> logger,
    CutTuning? tuning = null) : ICutRenderer
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly CutTuning _tuning = tuning ?? CutTuning.Default;
    private readonly TransitionCache _transitions = new(runner, logger);
    private readonly CreditsCard _credits = new(runner, font, logger);
    private readonly SlotCardCache _cards = new(runner, font, logger);
    private readonly CutChecks _checks = new(runner);
    private readonly CutCacheTrimmer _trimmer = new(time, logger);

    public async Task<Result<CutResult>> RenderAsync(CutRequest request, CancellationToken cancellationToken) =>
        (await RenderWithStatsAsync(request, cancellationToken)).Result;

    /// <summary>Renders and also says what was rendered and what came from the caches.</summary>
    public async Task<(Result<CutResult> Result, CutStats Stats)> RenderWithStatsAsync(CutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Shots);
        ArgumentNullException.ThrowIfNull(request.Canvas);

        // The id names cache folders and the output file; only ids a store could have made are safe as one.
        if (!SafeId().IsMatch(request.CutId))
        {
            throw new ArgumentException($"'{request.CutId}' is not a cut id (letters, digits, '-' and '_', at most 64).", nameof(request));
        }

        if (!double.IsFinite(request.TransitionSeconds) || request.TransitionSeconds < 0
            || !double.IsFinite(request.CreditsSeconds) || request.CreditsSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), "Transition and credits lengths must be finite and not negative.");
        }

        var stats = new CutStats();
        var folders = new CutFolders(data.Value.MediaPath);
        var work = folders.NewWork();
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await RenderCoreAsync(request, folders, work, stats, cancellationToken);
            if (result.IsSuccess)
            {
                var cut = result.Value;
                var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                logger.CutRendered(
                    request.CutId, request.Rendition, cut.File, request.Shots.Count, cut.DurationSeconds, cut.Bytes,
                    stats.TransitionsRendered, stats.TransitionsReused, stats.CardsRendered, stats.CardsReused, stats.CreditsRendered, elapsedMs);
            }

            return (result, stats);
        }
        catch (MediaProcessingException exception)
        {
            // The exception holds command lines and stderr: for the log, never for chat.
            logger.CutFailed(exception, request.CutId, request.Rendition);
            return (new Error(ErrorKind.Transient, "The cut could not be rendered; try again in a moment."), stats);
        }
        finally
        {
            CutFiles.TryDeleteFolder(work, logger);
        }
    }

    private async Task<Result<CutResult>> RenderCoreAsync(
        CutRequest request, CutFolders folders, string work, CutStats stats, CancellationToken cancellationToken)
    {
        var fps = request.Canvas.Fps;
        var inputs = CutInputResolver.Resolve(request, folders);
        var slots = inputs.IsSuccess ? CutPlanner.Slots(request.Shots, fps) : inputs.Error;
        if (!slots.IsSuccess || !inputs.IsSuccess)
        {
            return Refuse(request, slots.Error ?? inputs.Error!);
        }

        // Before any card is drawn: cards for a timeline the song does not fit would be thrown away.
        var timeline = (double)(slots.Value.Sum() + CutPlanner.CreditsFrames(request.CreditsSeconds, fps)) / fps;
        if (request.Song is { } song && Math.Abs(song.DurationSeconds - timeline) > 1.0 / fps)
        {
            return Refuse(request, Error.Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"The shots and the credits last {timeline:0.###} s, but the song lasts {song.DurationSeconds:0.###} s; they must end together.")));
        }

        Directory.CreateDirectory(work);
        var piecesStarted = Stopwatch.GetTimestamp();
        var shots = await EnsureShotFilesAsync(request, inputs.Value, slots.Value, folders, work, stats, cancellationToken);

        // Planned on the cards' own indexes, like the takes': a crossfade resumes copying on a card's keyframe.
        var plan = CutPlanner.Plan(request.Shots, shots.Tracks, fps, request.TransitionSeconds, request.CreditsSeconds);
        if (!plan.IsSuccess)
        {
            return Refuse(request, plan.Error);
        }

        var files = await RenderPiecesAsync(request, shots, plan.Value, folders, work, stats, cancellationToken);
        stats.PiecesElapsed = Stopwatch.GetElapsedTime(piecesStarted);
        _trimmer.Touch(files.Cached);

        var listPath = Path.Combine(work, "cut.ffconcat");
        var chaptersPath = Path.Combine(work, "chapters.ffmeta");
        await File.WriteAllTextAsync(listPath, ConcatList.Build(plan.Value.Pieces.Select(piece => Entry(piece, files)), fps), Utf8NoBom, cancellationToken);
        await File.WriteAllTextAsync(chaptersPath, ChapterMetadata.Build(plan.Value.Chapters, fps), Utf8NoBom, cancellationToken);

        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"cut-{request.CutId}-{CutFolders.RenditionName(request.Rendition)}-{Guid.NewGuid():N}.mp4");
        using var partial = new PartialFiles(folders.Media, logger);
        var output = partial.Create(name);
        var concatStarted = Stopwatch.GetTimestamp();
        var arguments = CutArguments.Build(
            listPath, inputs.Value.SongPath, chaptersPath, ConcatTime.Micros(plan.Value.TimelineFrames, fps), output);
        await runner.RunFfmpegAsync(arguments, output, TimeSpan.Zero, null, cancellationToken);
        stats.ConcatElapsed = Stopwatch.GetElapsedTime(concatStarted);

        var checkStarted = Stopwatch.GetTimestamp();
        var problem = await _checks.FindProblemAsync(output, plan.Value, fps, request.Song?.DurationSeconds, _tuning.For(request), cancellationToken);
        stats.CheckElapsed = Stopwatch.GetElapsedTime(checkStarted);
        if (problem is not null)
        {
            logger.CutCheckFailed(request.CutId, request.Rendition, problem);
            return new Error(ErrorKind.Transient, "The cut came out wrong and was discarded; try again in a moment.");
        }

        var bytes = new FileInfo(partial.Publish(output, name)).Length;

        // Only after a good cut, and never its own pieces: showing the same cut again must cost nothing.
        _trimmer.Trim(folders, media.Value.CutCacheMegabytes * 1024L * 1024L, files.Cached);
        return new CutResult(name, timeline, bytes);
    }

    /// <summary>
    /// Every shot's file: its take's, or for an empty slot a card of exactly the slot's frames, encoded in
    /// the format of the takes (or, in a cut of only cards, the rendition's own).
    /// </summary>
    private async Task<ShotFiles> EnsureShotFilesAsync(
        CutRequest request, CutInputs inputs, int[] slots, CutFolders folders, string work, CutStats stats, CancellationToken cancellationToken)
    {
        var format = inputs.FirstTake is { } first
            ? PieceFormat.From(inputs.ShotPaths[first]!, inputs.Tracks[first]!, request.Canvas.Fps)
            : PieceFormat.ForRendition(request.Canvas, request.Rendition);
        var empty = Enumerable.Range(0, request.Shots.Count).Where(i => request.Shots[i].IsCard).ToList();
        if (empty.Count == 0)
        {
            return new ShotFiles([.. inputs.ShotPaths.Select(path => path!)], [.. inputs.Tracks.Select(track => track!)], [], format);
        }

        var jobs = empty.Select(i => new SlotCardJob(CutPlanner.Title(request.Shots[i], i), request.Shots[i].Prompt, slots[i])).ToList();
        var cards = await _cards.EnsureAsync(folders, jobs, request.Rendition, format, work, stats, cancellationToken);
        var paths = inputs.ShotPaths.ToArray();
        var tracks = inputs.Tracks.ToArray();
        for (var k = 0; k < empty.Count; k++)
        {
            (paths[empty[k]], tracks[empty[k]]) = (cards.Paths[k], cards.Tracks[k]);
        }

        return new ShotFiles([.. paths.Select(path => path!)], [.. tracks.Select(track => track!)], cards.Paths, cards.Format);
    }

    /// <summary>The file of every piece: the shots' own, and the crossfades and credits from their caches.</summary>
    private async Task<PieceFiles> RenderPiecesAsync(
        CutRequest request, ShotFiles shots, CutPlan plan, CutFolders folders, string work, CutStats stats, CancellationToken cancellationToken)
    {
        if (plan.Transitions.Count == 0 && plan.CreditsFrames == 0)
        {
            return new PieceFiles(shots.Paths, shots.Cards, [], null);
        }

        var canvas = request.Canvas;
        var scope = string.Create(CultureInfo.InvariantCulture, $"{canvas.Width}x{canvas.Height}@{canvas.Fps}/{canvas.Fit}/{request.Rendition}");
        var jobs = plan.Transitions.Select(window => new TransitionJob(
            window,
            CacheKey.Source(request.Shots[window.Left], shots.Paths[window.Left]),
            shots.Paths[window.Left],
            CacheKey.Source(request.Shots[window.Right], shots.Paths[window.Right]),
            shots.Paths[window.Right])).ToList();

        // Crossfades and the credits card do not depend on each other; with two encode slots they render side by side.
        var transitions = _transitions.EnsureAsync(folders, jobs, scope, shots.Format, _tuning.TransitionsPerRun, stats, cancellationToken);
        var credits = plan.CreditsFrames > 0
            ? _credits.EnsureAsync(folders, request, plan.CreditsFrames, shots.Format, work, stats, cancellationToken)
            : Task.FromResult<string>(string.Empty);
        await Task.WhenAll(transitions, credits);
        return new PieceFiles(shots.Paths, shots.Cards, await transitions, plan.CreditsFrames > 0 ? await credits : null);
    }

    private static ConcatEntry Entry(CutPiece piece, PieceFiles files) => piece.Kind switch
    {
        PieceKind.Shot => new ConcatEntry(files.Shots[piece.Index], piece.InFrame, piece.Frames, piece.TimelineFrame),
        PieceKind.Transition => new ConcatEntry(files.Transitions[piece.Index], 0, piece.Frames, piece.TimelineFrame),
        PieceKind.Credits => new ConcatEntry(files.Credits!, 0, piece.Frames, piece.TimelineFrame),
        _ => throw new ArgumentOutOfRangeException(nameof(piece), piece.Kind, "Unknown piece kind."),
    };

    private Error Refuse(CutRequest request, Error error)
    {
        logger.CutRefused(request.CutId, request.Rendition, error.Message);
        return error;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SafeId();
}
