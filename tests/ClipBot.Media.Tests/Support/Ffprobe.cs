using System.Globalization;
using System.Text.Json;
using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;

namespace ClipBot.Media.Tests.Support;

/// <summary>Independent checks of ffmpeg's output, through ffprobe and ffmpeg's framemd5 muxer.</summary>
internal static class Ffprobe
{
    public static async Task<StreamFacts> VideoAsync(FfmpegRunner runner, string path)
    {
        var output = await runner.RunFfprobeAsync(ProbeArguments.Build(path), CancellationToken.None);
        Assert.Equal(0, output.ExitCode);
        using var json = JsonDocument.Parse(output.Json);
        var video = json.RootElement.GetProperty("streams").EnumerateArray()
            .First(s => s.GetProperty("codec_type").GetString() == "video");
        var format = json.RootElement.GetProperty("format");
        return new StreamFacts(
            video.GetProperty("codec_name").GetString()!,
            video.GetProperty("pix_fmt").GetString()!,
            video.GetProperty("width").GetInt32(),
            video.GetProperty("height").GetInt32(),
            double.Parse(video.GetProperty("duration").GetString()!, CultureInfo.InvariantCulture),
            format.GetProperty("format_name").GetString()!);
    }

    /// <summary>One MD5 per decoded frame: equal lists mean equal pictures, whatever the container says.</summary>
    public static async Task<IReadOnlyList<string>> FrameHashesAsync(FfmpegRunner runner, string videoPath, string workFolder)
    {
        var output = Path.Combine(workFolder, $"{Guid.NewGuid():N}.framemd5");
        IReadOnlyList<string> arguments =
            [.. FfmpegArguments.Prelude, "-i", FfmpegArguments.File(videoPath), "-map", "0:v:0", "-f", "framemd5", FfmpegArguments.File(output)];
        await runner.RunFfmpegAsync(arguments, output, TimeSpan.Zero, null, CancellationToken.None);
        var lines = await File.ReadAllLinesAsync(output);
        return lines.Where(line => !line.StartsWith('#')).Select(line => line.Split(',')[^1].Trim()).ToArray();
    }
}
