using System.Diagnostics;
using ClipBot.Core.Cuts;
using ClipBot.Media.Cut;

namespace ClipBot.Bench.Scenarios;

/// <summary>Times renders and watches their ffmpeg processes' memory; outputs are deleted unless kept.</summary>
internal sealed class CutMeasure(CutBenchKit kit, bool keep)
{
    // With --keep, the last cut of each id stays for a look; earlier ones of the same id would only fill the disk.
    private readonly Dictionary<string, string> _kept = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Kept => _kept.Values;

    public async Task<CutRun> OnceAsync(CutRequest request, CutTuning? tuning, CancellationToken cancellationToken, bool keepThis = false)
    {
        var memory = CutPeakMemory.Watch(kit.Data.MediaPath);
        var watch = Stopwatch.StartNew();
        (ClipBot.Core.Results.Result<CutResult> Result, CutStats Stats) rendered;
        try
        {
            rendered = await kit.Renderer(tuning).RenderWithStatsAsync(request, cancellationToken);
            watch.Stop();
        }
        finally
        {
            await memory.DisposeAsync();
        }

        if (!rendered.Result.IsSuccess)
        {
            throw new InvalidOperationException($"The cut failed: {rendered.Result.Error.Message} (run with --verbose for the details)");
        }

        var path = Path.Combine(kit.Data.MediaPath, rendered.Result.Value.File);
        if (keep || keepThis)
        {
            if (_kept.TryGetValue(request.CutId, out var earlier) && earlier != path)
            {
                File.Delete(earlier);
            }

            _kept[request.CutId] = path;
        }

        var run = new CutRun(watch.Elapsed.TotalSeconds, memory.PeakBytes, rendered.Result.Value, rendered.Stats, path);
        if (!keep && !keepThis)
        {
            File.Delete(path);
        }

        return run;
    }

    /// <summary><paramref name="runs"/> timed renders after one untimed one (which fills the credits cache).</summary>
    public async Task<(CutRun First, IReadOnlyList<CutRun> Runs)> RepeatAsync(CutRequest request, int runs, CancellationToken cancellationToken)
    {
        var first = await OnceAsync(request, null, cancellationToken);
        var timed = new List<CutRun>();
        for (var i = 0; i < runs; i++)
        {
            timed.Add(await OnceAsync(request, null, cancellationToken));
        }

        return (first, timed);
    }

    /// <summary>Empties the crossfade cache, so the next render pays for every crossfade.</summary>
    public void ClearTransitions()
    {
        var folder = new CutFolders(kit.Data.MediaPath).Transitions;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
