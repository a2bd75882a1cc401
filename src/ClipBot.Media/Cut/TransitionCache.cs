using System.Diagnostics;
using System.Globalization;
using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Cut;

/// <summary>
/// Crossfades, one file per pair of neighbouring shots. The key holds the two takes (or cards), the frames
/// taken from each, the blend, the canvas, the rendition and the encoder format, so swapping one shot
/// renders only the two crossfades beside it, and every other cut that puts the same takes side by side
/// reuses them.
/// </summary>
internal sealed class TransitionCache(FfmpegRunner runner, ILogger logger)
{
    /// <summary>The file of every job, in order, rendering in batches those not cached yet.</summary>
    /// <param name="scope">The canvas and rendition, as part of every key.</param>
    public async Task<IReadOnlyList<string>> EnsureAsync(
        CutFolders folders, IReadOnlyList<TransitionJob> jobs, string scope, PieceFormat format, int perRun, CutStats stats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perRun);

        Directory.CreateDirectory(folders.Transitions);
        var paths = jobs.Select(job => Path.Combine(folders.Transitions, Key(job, scope, format) + ".mp4")).ToArray();
        var missing = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < jobs.Count; i++)
        {
            // A cut that puts the same two takes together twice needs that crossfade rendered once.
            if (!seen.Add(paths[i]))
            {
                continue;
            }

            if (CachedPiece.ReadUsable(paths[i], format, jobs[i].Window.Frames, logger) is not null)
            {
                stats.TransitionsReused++;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            var started = Stopwatch.GetTimestamp();
            var batches = missing.Chunk(perRun).ToList();

            // All batches are queued at once; the runner's encode slots decide how many run side by side.
            await Task.WhenAll(batches.Select(batch => RenderAsync(batch, jobs, paths, format, folders.Transitions, cancellationToken)));
            stats.TransitionsRendered += missing.Count;
            stats.TransitionRuns += batches.Count;
            var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            logger.TransitionsRendered(missing.Count, batches.Count, elapsedMs);
        }

        return paths;
    }

    private static string Key(TransitionJob job, string scope, PieceFormat format)
    {
        var window = job.Window;
        return CacheKey.Hash(
            "transition/2", job.LeftSource, job.RightSource, window.LeftFromFrame, window.LeftFrames, window.RightFrames,
            window.BlendFrames, scope, format.Fingerprint);
    }

    private async Task RenderAsync(
        int[] batch, IReadOnlyList<TransitionJob> jobs, string[] paths, PieceFormat format, string folder, CancellationToken cancellationToken)
    {
        var sources = batch.Select(i => Source(jobs[i])).ToList();
        var pattern = Path.Combine(folder, $".batch-{Guid.NewGuid():N}-%04d.mp4");
        var outputs = Enumerable.Range(0, batch.Length)
            .Select(j => pattern.Replace("%04d", j.ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .ToList();
        try
        {
            var arguments = TransitionArguments.Build(sources, format.Fps, format.Video, format.Timescale, pattern);
            await runner.RunFfmpegAsync(arguments, outputs[^1], TimeSpan.Zero, null, cancellationToken);
            for (var j = 0; j < batch.Length; j++)
            {
                if (format.Mismatch(Mp4TrackReader.ReadVideo(outputs[j]), sources[j].Frames) is { } problem)
                {
                    throw new MediaProcessingException(
                        $"The crossfade after shot {jobs[batch[j]].Window.Left + 1} cannot join the takes by stream copy: {problem}.");
                }
            }

            for (var j = 0; j < batch.Length; j++)
            {
                File.Move(outputs[j], paths[batch[j]], overwrite: true);
            }
        }
        finally
        {
            foreach (var output in outputs)
            {
                CutFiles.TryDelete(output, logger);
            }
        }
    }

    private static TransitionSource Source(TransitionJob job) => new(
        job.LeftPath, job.Window.LeftFromFrame, job.Window.LeftFrames, job.RightPath, job.Window.RightFrames, job.Window.BlendFrames);
}
