namespace ClipBot.Bench.Scenarios;

/// <summary>The figures the targets are about, and the verdicts against issue 4's targets on 2 cores.</summary>
internal sealed class CutSummary(
    double plainSeconds, double coldSeconds, double warmSeconds, double deliverySeconds, long deliveryBytes, double ingestMaxSeconds,
    long peakBytes, long capBytes)
{
    public double? NaiveCutSeconds { get; set; }

    public long? NaiveCutPeakBytes { get; set; }

    public double? TunedNaiveCutSeconds { get; set; }

    public double? NaiveFitSeconds { get; set; }

    public long? NaiveFitBytes { get; set; }

    public async Task PrintAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync("targets:");
        await Line(output, "plain cut < 2 s", Timings.Seconds(plainSeconds), plainSeconds < 2);
        await Ratio(output, "plain cut >= 80x faster than the naive re-encode (x264 defaults)", NaiveCutSeconds, plainSeconds, 80);
        await Line(output, "delivery cut < 2 s", Timings.Seconds(deliverySeconds), deliverySeconds < 2);
        await Line(output, "delivery cut < 10 MiB", $"{deliveryBytes / (1024.0 * 1024):0.00} MiB", deliveryBytes < capBytes);
        await Ratio(output, "delivery cut >= 50x faster than re-encoding to fit", NaiveFitSeconds, deliverySeconds, 50);
        await Ratio(output, "crossfaded (cold cache) >= 6x faster than the naive re-encode", NaiveCutSeconds, coldSeconds, 6);
        await Line(output, "crossfaded (warm cache) < 2.5 s", Timings.Seconds(warmSeconds), warmSeconds < 2.5);
        await Line(output, "ingest of one clip < 3 s (slowest)", Timings.Seconds(ingestMaxSeconds), ingestMaxSeconds < 3);
        await Line(output, "peak memory of the cut < 150 MB (stream copy and checks)", CutScenario.Mb(peakBytes), peakBytes < 150L * 1024 * 1024);
        if (NaiveCutPeakBytes is { } naivePeak && TunedNaiveCutSeconds is { } tuned)
        {
            await output.WriteLineAsync(
                $"  (the naive re-encode peaked at {CutScenario.Mb(naivePeak)}; the fit-to-cap re-encode came to {NaiveFitBytes / (1024.0 * 1024):0.00} MiB; " +
                $"against the naive command at veryfast, {Timings.Seconds(tuned)}, the plain cut is {Timings.Ratio(tuned / plainSeconds)}x and the cold crossfaded one {Timings.Ratio(tuned / coldSeconds)}x faster)");
        }
    }

    private static Task Line(TextWriter output, string target, string value, bool pass) =>
        output.WriteLineAsync($"  {target,-64} {value,-14} {(pass ? "PASS" : "FAIL")}");

    private static Task Ratio(TextWriter output, string target, double? baseline, double seconds, double needed)
    {
        if (baseline is not { } naive)
        {
            return output.WriteLineAsync($"  {target,-64} {"skipped",-14} (--skip-naive)");
        }

        var ratio = naive / seconds;
        return Line(output, target, $"{Timings.Ratio(ratio)}x ({Timings.Seconds(naive)})", ratio >= needed);
    }
}
