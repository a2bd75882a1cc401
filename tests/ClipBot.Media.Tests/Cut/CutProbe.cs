using System.Globalization;
using System.Text.Json;
using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;

namespace ClipBot.Media.Tests.Cut;

/// <summary>Looks at a finished cut from the outside, with ffmpeg and ffprobe.</summary>
internal static class CutProbe
{
    /// <summary>The average colour of every frame, in order: each frame scaled down to one RGB pixel.</summary>
    public static async Task<IReadOnlyList<(byte R, byte G, byte B)>> FrameColoursAsync(FfmpegRunner runner, string path, string workFolder)
    {
        var output = Path.Combine(workFolder, $"{Guid.NewGuid():N}.rgb");
        IReadOnlyList<string> arguments =
        [
            .. FfmpegArguments.Prelude, "-i", FfmpegArguments.File(path), "-map", "0:v:0",
            "-vf", "scale=1:1:flags=area", "-pix_fmt", "rgb24", "-f", "rawvideo", FfmpegArguments.File(output),
        ];
        await runner.RunFfmpegAsync(arguments, output, TimeSpan.Zero, null, CancellationToken.None);
        var bytes = await File.ReadAllBytesAsync(output);
        return Enumerable.Range(0, bytes.Length / 3).Select(i => (bytes[3 * i], bytes[(3 * i) + 1], bytes[(3 * i) + 2])).ToList();
    }

    /// <summary>What <c>ffmpeg -v error -i cut.mp4 -f null -</c> prints: nothing, for a good file.</summary>
    public static async Task<string> DecodeErrorsAsync(ProcessRunner processes, string path)
    {
        var spec = new ProcessSpec(
            "ffmpeg", "ffmpeg", ["-hide_banner", "-nostdin", "-v", "error", "-i", FfmpegArguments.File(path), "-f", "null", "-"], TimeSpan.FromSeconds(60));
        var result = await processes.RunAsync(spec, null, CancellationToken.None);
        return result.ExitCode == 0 ? result.StderrTail : $"exit code {result.ExitCode}: {result.StderrTail}";
    }

    public static async Task<JsonElement> ProbeAsync(FfmpegRunner runner, string path)
    {
        IReadOnlyList<string> arguments =
            ["-hide_banner", "-loglevel", "error", "-print_format", "json", "-show_format", "-show_streams", "-show_chapters", FfmpegArguments.File(path)];
        var output = await runner.RunFfprobeAsync(arguments, CancellationToken.None);
        Assert.Equal(0, output.ExitCode);
        using var document = JsonDocument.Parse(output.Json);
        return document.RootElement.Clone();
    }

    public static double Duration(JsonElement probe) => Seconds(probe.GetProperty("format"), "duration");

    public static IReadOnlyList<(double Start, double End, string Title)> Chapters(JsonElement probe) =>
        probe.GetProperty("chapters").EnumerateArray()
            .Select(c => (Seconds(c, "start_time"), Seconds(c, "end_time"), c.GetProperty("tags").GetProperty("title").GetString()!))
            .ToList();

    public static IReadOnlyList<JsonElement> Streams(JsonElement probe, string type) =>
        probe.GetProperty("streams").EnumerateArray().Where(s => s.GetProperty("codec_type").GetString() == type).ToList();

    /// <summary>Whether two colours are within <paramref name="tolerance"/> on every channel.</summary>
    public static bool Near((byte R, byte G, byte B) actual, (byte R, byte G, byte B) expected, int tolerance = 40) =>
        Math.Abs(actual.R - expected.R) <= tolerance && Math.Abs(actual.G - expected.G) <= tolerance && Math.Abs(actual.B - expected.B) <= tolerance;

    private static double Seconds(JsonElement element, string name) =>
        double.Parse(element.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);
}
