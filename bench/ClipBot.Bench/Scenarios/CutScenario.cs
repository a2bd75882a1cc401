using System.Diagnostics;
using System.Globalization;
using ClipBot.Core.Cuts;
using ClipBot.Core.Media;
using ClipBot.Media.Cut;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// Issue 4's benchmark: ingest 55 mixed clips once, then cut them to a 242 s song by stream copy (plain,
/// crossfaded with a cold and a warm transition cache, and at delivery size), against a naive single
/// filter_complex re-encode and a naive re-encode of the cut to fit 10 MiB. Options: --skip-naive,
/// --reuse-ingest (the takes of the last run), --keep (leave the cuts in the cache folder), --verbose.
/// </summary>
internal static class CutScenario
{
    private const long CapBytes = 10L * 1024 * 1024;
    private const double CreditsSeconds = 5;
    private const double TransitionSeconds = 0.5;
    private const int Runs = 5;

    // Crossfades per ffmpeg run compared against the default.
    private static readonly int[] BatchSizes = [1, 6];

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var skipNaive = args.Contains("--skip-naive", StringComparer.Ordinal);
        var folder = CutWorkload.Folder();
        var sources = CutWorkload.Plan(folder);
        var songSource = Path.Combine(folder, CutWorkload.SourcesFolder, "song.flac");
        var canvas = Canvas.Default;
        using var kit = new CutBenchKit(Path.Combine(folder, "data"), args.Contains("--verbose", StringComparer.Ordinal));

        var watch = Stopwatch.StartNew();
        var made = await CutWorkload.EnsureAsync(kit.Runner, sources, songSource, cancellationToken);
        await output.WriteLineAsync(
            $"cut: workload in {folder}: {sources.Count} clips of {CutWorkload.ClipSeconds} s (1920x1080, 1280x720, 854x480, 720x1280; 24/25/30 fps; H.264 and VP9) " +
            $"and a {CutWorkload.SongSeconds} s song; {made} generated now ({Timings.Seconds(watch.Elapsed.TotalSeconds)}), the rest cached");

        var takes = await CutTakes.PrepareAsync(kit, sources, songSource, canvas, CreditsSeconds, CapBytes, args.Contains("--reuse-ingest", StringComparer.Ordinal), cancellationToken);
        var ingest = takes.IngestSeconds;
        await output.WriteLineAsync(
            $"ingest (IMediaIngest = FfmpegMediaIngest, {canvas.Width}x{canvas.Height}@{canvas.Fps}, slot {takes.SlotSeconds:0.###} s, delivery {takes.DeliveryBitsPerSecond / 1000} kbit/s at 480p{(takes.Reused ? "; timings of the run that made these takes" : string.Empty)}):");
        foreach (var group in sources.Zip(ingest).GroupBy(pair => pair.First.Kind))
        {
            await output.WriteLineAsync($"  {group.Key,-22} {string.Join(", ", group.Select(pair => Timings.Seconds(pair.Second)))}");
        }

        await output.WriteLineAsync($"  per clip: median {Timings.Seconds(Timings.Median(ingest))}, max {Timings.Seconds(ingest.Max())} | target < 3 s: {Verdict(ingest.Max() < 3)}");

        var measure = new CutMeasure(kit, args.Contains("--keep", StringComparer.Ordinal));
        var shots = takes.Takes.Select((take, i) => new CutShot(
            take.TakeId, take.VideoFile, take.DeliveryFile, take.SlotSeconds, $"Shot {i + 1}", $"@member{i % 9}",
            $"take {i + 1}: {sources[i].Kind}, a camera drifting over it", (uint)(1000 + i))).ToList();
        var plain = new CutRequest("bench", shots, takes.Song, canvas, CutRendition.Full, 0, CreditsSeconds);
        var faded = plain with { CutId = "benchfade", TransitionSeconds = TransitionSeconds };
        var delivery = plain with { CutId = "benchchat", Rendition = CutRendition.Delivery };

        var plainRuns = await measure.RepeatAsync(plain, Runs, cancellationToken);
        await Report(output, "plain (Full)", plainRuns);
        var everything = await measure.OnceAsync(plain, new CutTuning(DecodeCheck: CutDecodeCheck.Everything), cancellationToken);
        await output.WriteLineAsync($"  the same with a full decode check instead of the seams: {Timings.Seconds(everything.Seconds)} (check {Timings.Seconds(everything.Stats.CheckElapsed.TotalSeconds)})");

        // Batch sizes compared on an empty cache each; the default goes last, so the warm runs reuse its crossfades.
        foreach (var perRun in BatchSizes.Where(size => size != CutTuning.Default.TransitionsPerRun))
        {
            measure.ClearTransitions();
            var batched = await measure.OnceAsync(faded, new CutTuning(TransitionsPerRun: perRun), cancellationToken);
            await output.WriteLineAsync(
                $"crossfaded {TransitionSeconds} s, cold cache, {perRun} per run: {Timings.Seconds(batched.Seconds)} ({batched.Stats.TransitionRuns} runs), peak {Mb(batched.PeakBytes)}");
        }

        measure.ClearTransitions();
        var cold = await measure.OnceAsync(faded, null, cancellationToken);
        await output.WriteLineAsync(
            $"crossfaded {TransitionSeconds} s, cold cache, {CutTuning.Default.TransitionsPerRun} per run (the default): {Timings.Seconds(cold.Seconds)} " +
            $"({cold.Stats.TransitionsRendered} transitions in {cold.Stats.TransitionRuns} runs, pieces {Timings.Seconds(cold.Stats.PiecesElapsed.TotalSeconds)}), peak {Mb(cold.PeakBytes)}");
        var warm = new List<CutRun>();
        for (var i = 0; i < Runs; i++)
        {
            warm.Add(await measure.OnceAsync(faded, null, cancellationToken));
        }

        await Report(output, "crossfaded, warm cache", (warm[0], warm));
        var chatRuns = await measure.RepeatAsync(delivery, Runs, cancellationToken);
        await Report(output, "delivery size", chatRuns);
        var chatBytes = chatRuns.Runs[^1].Cut.Bytes;
        await output.WriteLineAsync($"  delivery cut: {chatBytes:N0} bytes = {chatBytes / (1024.0 * 1024):0.00} MiB of the {CapBytes / (1024 * 1024)} MiB cap");

        var summary = new CutSummary(
            Timings.Median(plainRuns.Runs.Select(r => r.Seconds).ToList()), cold.Seconds, Timings.Median(warm.Select(r => r.Seconds).ToList()),
            Timings.Median(chatRuns.Runs.Select(r => r.Seconds).ToList()), chatBytes, ingest.Max(),
            new[] { plainRuns.Runs, warm, chatRuns.Runs }.SelectMany(r => r).Max(r => r.PeakBytes), CapBytes);
        if (!skipNaive)
        {
            await CutBaselines.RunAsync(kit, measure, plain, sources, takes, canvas, CreditsSeconds, summary, output, cancellationToken);
        }

        await summary.PrintAsync(output);
        foreach (var kept in measure.Kept)
        {
            await output.WriteLineAsync($"kept: {kept}");
        }

        return 0;
    }

    private static async Task Report(TextWriter output, string label, (CutRun First, IReadOnlyList<CutRun> Runs) runs)
    {
        var first = runs.First;
        var seconds = runs.Runs.Select(r => r.Seconds).ToList();
        var last = runs.Runs[^1].Stats;
        await output.WriteLineAsync(
            $"{label}: median {Timings.Seconds(Timings.Median(seconds))} of {string.Join(", ", seconds.Select(Timings.Seconds))} " +
            $"(concat {Timings.Seconds(last.ConcatElapsed.TotalSeconds)}, checks {Timings.Seconds(last.CheckElapsed.TotalSeconds)}), " +
            $"peak {Mb(runs.Runs.Max(r => r.PeakBytes))}; first render {Timings.Seconds(first.Seconds)} (credits card rendered: {first.Stats.CreditsRendered})");
    }

    private static string Verdict(bool pass) => pass ? "PASS" : "FAIL";

    internal static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0} MB");
}
