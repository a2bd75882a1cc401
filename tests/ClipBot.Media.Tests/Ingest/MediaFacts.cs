using System.Globalization;
using System.Text.Json;
using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;

namespace ClipBot.Media.Tests.Ingest;

/// <summary>What ffprobe and ffmpeg report about ingest's outputs, read independently of the code under test.</summary>
internal static class MediaFacts
{
    /// <summary>The first stream of a kind, as ffprobe's JSON object (with the codec extradata as hex).</summary>
    public static async Task<JsonElement?> StreamAsync(FfmpegRunner runner, string path, string codecType)
    {
        IReadOnlyList<string> arguments =
            ["-hide_banner", "-loglevel", "error", "-print_format", "json", "-show_streams", "-show_data", FfmpegArguments.File(path)];
        var output = await runner.RunFfprobeAsync(arguments, CancellationToken.None);
        Assert.Equal(0, output.ExitCode);
        using var json = JsonDocument.Parse(output.Json);
        foreach (var stream in json.RootElement.GetProperty("streams").EnumerateArray())
        {
            if (stream.GetProperty("codec_type").GetString() == codecType)
            {
                return stream.Clone();
            }
        }

        return null;
    }

    /// <summary>Every video packet as (time, is keyframe, bytes), in decode order.</summary>
    public static async Task<IReadOnlyList<(double Seconds, bool Key, int Bytes)>> PacketsAsync(FfmpegRunner runner, string path)
    {
        IReadOnlyList<string> arguments =
        [
            "-hide_banner", "-loglevel", "error", "-select_streams", "v:0",
            "-show_entries", "packet=pts_time,size,flags", "-of", "csv=p=0", FfmpegArguments.File(path),
        ];
        var output = await runner.RunFfprobeAsync(arguments, CancellationToken.None);
        Assert.Equal(0, output.ExitCode);
        return output.Json.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(','))
            .Select(parts => (
                double.Parse(parts[0], CultureInfo.InvariantCulture),
                parts[2].Contains('K', StringComparison.Ordinal),
                int.Parse(parts[1], CultureInfo.InvariantCulture)))
            .ToArray();
    }

    /// <summary>The RGB colour of one pixel of one frame, decoded by ffmpeg.</summary>
    public static async Task<(int R, int G, int B)> PixelAsync(FfmpegRunner runner, string videoPath, int frame, int x, int y, string workFolder)
    {
        var output = Path.Combine(workFolder, $"{Guid.NewGuid():N}.rgb");
        IReadOnlyList<string> arguments =
        [
            .. FfmpegArguments.Prelude, "-i", FfmpegArguments.File(videoPath),
            "-vf", $"select=eq(n\\,{frame}),format=rgb24,crop=1:1:{x}:{y}", "-frames:v", "1",
            "-pix_fmt", "rgb24", "-f", "rawvideo", FfmpegArguments.File(output),
        ];
        await runner.RunFfmpegAsync(arguments, output, TimeSpan.Zero, null, CancellationToken.None);
        var rgb = await File.ReadAllBytesAsync(output);
        return (rgb[0], rgb[1], rgb[2]);
    }

    /// <summary>What ffmpeg prints on stderr while decoding the whole file: empty for a clean stream.</summary>
    public static async Task<string> DecodeErrorsAsync(ProcessRunner processes, string path)
    {
        IReadOnlyList<string> arguments = ["-hide_banner", "-nostdin", "-v", "error", "-i", FfmpegArguments.File(path), "-f", "null", "-"];
        var result = await processes.RunAsync(new ProcessSpec("ffmpeg", "ffmpeg", arguments, TimeSpan.FromSeconds(60)), null, CancellationToken.None);
        Assert.Equal(0, result.ExitCode);
        return result.StderrTail;
    }

    public static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ToString() : string.Empty;
}
