using System.Diagnostics;
using ClipBot.Core.Cuts;
using ClipBot.Core.Media;

namespace ClipBot.Bench.Scenarios;

/// <summary>Runs the two naive baselines, timed and watched for memory like the cuts.</summary>
internal static class CutBaselines
{
    public static async Task RunAsync(
        CutBenchKit kit, CutMeasure measure, CutRequest plain, IReadOnlyList<CutSource> sources, CutTakesManifest takes, Canvas canvas,
        double creditsSeconds, CutSummary summary, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(kit.Data.FullPath, "naive");
        Directory.CreateDirectory(folder);
        var songPath = Path.Combine(kit.Data.MediaPath, takes.Song.File);

        var naiveCut = Path.Combine(folder, "naive-cut.mp4");
        await output.WriteLineAsync("naive single filter_complex re-encode of the 55 sources, x264 as it comes (minutes; --skip-naive skips it)...");
        var (seconds, peak) = await TimeAsync(naiveCut, () => CutNaive.CutAsync(
            kit.Runner, sources, songPath, takes.SlotSeconds, creditsSeconds, takes.Song.DurationSeconds, canvas, CutNaive.DefaultEncoder, naiveCut, cancellationToken));
        summary.NaiveCutSeconds = seconds;
        summary.NaiveCutPeakBytes = peak;
        await output.WriteLineAsync($"  naive cut: {Timings.Seconds(seconds)}, peak {CutScenario.Mb(peak)}, {new FileInfo(naiveCut).Length:N0} bytes");

        await output.WriteLineAsync("the same command with the mezzanine's encoder settings (veryfast, CRF 20)...");
        (seconds, peak) = await TimeAsync(naiveCut, () => CutNaive.CutAsync(
            kit.Runner, sources, songPath, takes.SlotSeconds, creditsSeconds, takes.Song.DurationSeconds, canvas, CutNaive.MezzanineEncoder(canvas), naiveCut, cancellationToken));
        summary.TunedNaiveCutSeconds = seconds;
        await output.WriteLineAsync($"  naive cut, veryfast: {Timings.Seconds(seconds)}, peak {CutScenario.Mb(peak)}, {new FileInfo(naiveCut).Length:N0} bytes");

        var cut = await measure.OnceAsync(plain, null, cancellationToken, keepThis: true);
        var fitted = Path.Combine(folder, "naive-fit.mp4");
        await output.WriteLineAsync("naive re-encode of the finished cut to fit 10 MiB (2-pass x264 veryfast at 480p)...");
        (seconds, peak) = await TimeAsync(folder, () => CutNaive.FitAsync(
            kit.Runner, cut.Path, 10L * 1024 * 1024, cut.Cut.DurationSeconds, takes.AudioBitsPerSecond, folder, fitted, cancellationToken));
        summary.NaiveFitSeconds = seconds;
        summary.NaiveFitBytes = new FileInfo(fitted).Length;
        await output.WriteLineAsync($"  naive fit: {Timings.Seconds(seconds)}, peak {CutScenario.Mb(peak)}, {summary.NaiveFitBytes:N0} bytes");
    }

    private static async Task<(double Seconds, long PeakBytes)> TimeAsync(string marker, Func<Task> run)
    {
        var memory = CutPeakMemory.Watch(marker);
        var watch = Stopwatch.StartNew();
        try
        {
            await run();
            watch.Stop();
        }
        finally
        {
            await memory.DisposeAsync();
        }

        return (watch.Elapsed.TotalSeconds, memory.PeakBytes);
    }
}
