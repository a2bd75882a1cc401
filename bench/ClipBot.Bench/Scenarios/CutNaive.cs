using System.Globalization;
using System.Text;
using ClipBot.Core.Media;
using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// The baselines: what a cut costs without ingest's mezzanines. One filter_complex that fits, trims and
/// joins every source and encodes the lot; and re-encoding a finished cut to fit a byte cap in two passes.
/// </summary>
internal static class CutNaive
{
    /// <summary>What someone who has not tuned anything writes: libx264 as it comes (preset medium, CRF 23).</summary>
    public static IReadOnlyList<string> DefaultEncoder { get; } = ["-c:v", "libx264", "-pix_fmt", "yuv420p"];

    /// <summary>The mezzanine's own encoder settings (veryfast, CRF 20): the naive command at its fastest fair setting.</summary>
    public static IReadOnlyList<string> MezzanineEncoder(Canvas canvas) => [.. new MezzanineSettings(canvas).Arguments.Where(a => a is not "-an")];

    /// <summary>All sources in one command: fitted to the canvas, trimmed to their slots, black for the credits, the song copied.</summary>
    public static Task CutAsync(
        FfmpegRunner runner, IReadOnlyList<CutSource> sources, string songPath, double slotSeconds, double creditsSeconds,
        double songSeconds, Canvas canvas, IReadOnlyList<string> encoder, string outputPath, CancellationToken cancellationToken)
    {
        var (w, h, fps) = (N(canvas.Width), N(canvas.Height), N(canvas.Fps));
        var graph = new StringBuilder();
        for (var i = 0; i < sources.Count; i++)
        {
            graph.Append($"[{N(i)}:v]scale={w}:{h}:force_original_aspect_ratio=decrease,pad={w}:{h}:(ow-iw)/2:(oh-ih)/2,setsar=1,")
                .Append($"fps={fps},trim=duration={N(slotSeconds)},setpts=PTS-STARTPTS[v{N(i)}];");
        }

        graph.AppendJoin(string.Empty, sources.Select((_, i) => $"[v{N(i)}]"))
            .Append($"concat=n={N(sources.Count)}:v=1:a=0,tpad=stop_mode=add:stop_duration={N(creditsSeconds)}[v]");
        IReadOnlyList<string> arguments =
        [
            .. FfmpegArguments.Prelude,
            .. sources.SelectMany(source => new[] { "-i", FfmpegArguments.File(source.Path) }),
            "-i", FfmpegArguments.File(songPath),
            "-filter_complex", graph.ToString(),
            "-map", "[v]", "-map", $"{N(sources.Count)}:a:0",
            .. encoder,
            "-c:a", "copy",
            "-t", N(songSeconds),
            .. EncodeSettings.Mp4,
            FfmpegArguments.File(outputPath),
        ];
        return runner.RunFfmpegAsync(arguments, outputPath, TimeSpan.Zero, null, cancellationToken);
    }

    /// <summary>Two-pass x264 at 480p and the bit rate that fills 95 % of the cap after the audio.</summary>
    public static async Task FitAsync(
        FfmpegRunner runner, string cutPath, long capBytes, double seconds, long audioBitsPerSecond, string workFolder, string outputPath,
        CancellationToken cancellationToken)
    {
        var video = (long)((capBytes * 8 * 0.95 / seconds) - audioBitsPerSecond);
        var log = Path.Combine(workFolder, "fit-pass");
        IReadOnlyList<string> Pass(int pass, string output, IReadOnlyList<string> audio) =>
        [
            .. FfmpegArguments.Prelude,
            "-i", FfmpegArguments.File(cutPath),
            "-map", "0:v:0", "-map", "0:a:0?",
            "-vf", "scale=-2:480",
            "-c:v", "libx264", "-preset", MezzanineSettings.Preset, "-b:v", N(video),
            "-pass", N(pass), "-passlogfile", log,
            .. audio,
            .. EncodeSettings.Mp4,
            FfmpegArguments.File(output),
        ];

        var firstPass = Path.Combine(workFolder, "fit-pass1.mp4");
        await runner.RunFfmpegAsync(Pass(1, firstPass, ["-an"]), firstPass, TimeSpan.Zero, null, cancellationToken);
        await runner.RunFfmpegAsync(Pass(2, outputPath, ["-c:a", "copy"]), outputPath, TimeSpan.Zero, null, cancellationToken);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
