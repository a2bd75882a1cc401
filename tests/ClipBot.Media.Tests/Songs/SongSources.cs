using System.Globalization;
using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;

namespace ClipBot.Media.Tests.Songs;

/// <summary>Audio made with ffmpeg at test time; the repository holds no binary fixtures.</summary>
internal static class SongSources
{
    private const double HatLevel = 0.4;

    /// <summary>
    /// Clicks (15 ms bursts of a decaying 1 kHz sine, all alike) every 60/BPM seconds from
    /// <paramref name="offset"/> on, over optional white noise. Returns the true click times.
    /// </summary>
    public static async Task<IReadOnlyList<double>> ClickTrackAsync(
        FfmpegRunner runner, string path, double bpm, double seconds, double offset = 0, double noise = 0)
    {
        var period = 60 / bpm;
        var phase = Invariant($"mod(t-{offset},{period})");
        var expression = Invariant(
            $"gte(t,{offset})*lt({phase},0.015)*sin(2*PI*1000*{phase})*exp(-150*{phase})*0.8+{noise}*(2*random(0)-1)");
        await RunAsync(runner, path, Invariant($"aevalsrc='{expression}':s=22050:d={seconds}"), "-c:a", "pcm_s16le", "-f", "wav");

        return Enumerable.Range(0, (int)Math.Ceiling((seconds - offset) / period))
            .Select(k => offset + (k * period))
            .Where(click => click < seconds)
            .ToArray();
    }

    /// <summary>
    /// A plain beat: a 60 Hz kick on every beat and a quieter hi-hat (noise above 3 kHz) on every eighth
    /// note, the pattern that tempts a detector to count the eighths. Returns the kick times.
    /// </summary>
    public static async Task<IReadOnlyList<double>> DrumLoopAsync(FfmpegRunner runner, string path, double bpm, double seconds)
    {
        var period = 60 / bpm;
        var (beat, eighth) = (Invariant($"mod(t,{period})"), Invariant($"mod(t,{period / 2})"));
        var kick = Invariant($"lt({beat},0.1)*sin(2*PI*60*{beat})*exp(-30*{beat})*0.9");
        var hat = Invariant($"lt({eighth},0.04)*(2*random(0)-1)*exp(-120*{eighth})*{HatLevel}");

        // Kick left, hat right, so only the hat is high-passed; then both are mixed down to one channel.
        var source = Invariant(
            $"aevalsrc='{kick}|{hat}':s=22050:d={seconds}:c=stereo,highpass=f=3000:c=FR,highpass=f=3000:c=FR,pan=mono|c0=c0+c1");
        await RunAsync(runner, path, source, "-c:a", "pcm_s16le", "-f", "wav");
        return Enumerable.Range(0, (int)Math.Ceiling(seconds / period)).Select(k => k * period).ToArray();
    }

    /// <summary>A two-second tone, encoded as the caller says.</summary>
    public static Task ToneAsync(FfmpegRunner runner, string path, params string[] encode) =>
        RunAsync(runner, path, "sine=frequency=440:duration=2:sample_rate=44100", encode);

    /// <summary>Silence just over 15 minutes, yet only 7 MB and a fraction of a second to make.</summary>
    public static Task LongSilenceAsync(FfmpegRunner runner, string path) =>
        RunAsync(runner, path, "anullsrc=r=8000:cl=mono:d=901", "-c:a", "pcm_u8", "-f", "wav");

    /// <summary>A second of picture and no sound.</summary>
    public static Task VideoOnlyAsync(FfmpegRunner runner, string path) =>
        RunAsync(runner, path, "testsrc2=s=64x64:r=10:d=1", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-f", "mp4");

    public static async Task RunAsync(FfmpegRunner runner, string path, string source, params string[] encode)
    {
        IReadOnlyList<string> arguments =
            [.. FfmpegArguments.Prelude, "-f", "lavfi", "-i", source, .. encode, FfmpegArguments.File(path)];
        await runner.RunFfmpegAsync(arguments, path, TimeSpan.Zero, null, CancellationToken.None);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
