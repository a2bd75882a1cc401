using System.Diagnostics;
using System.Text.Json;

namespace ClipBot.Host.Tests.Infrastructure;

/// <summary>Reads a media file's first video stream with the real ffprobe.</summary>
public static class Ffprobe
{
    public static async Task<(string Codec, int Width, int Height, double Duration, string PixelFormat)> VideoAsync(string path)
    {
        var info = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height,pix_fmt:format=duration", "-of", "json", path })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        using var json = JsonDocument.Parse(output);
        var stream = json.RootElement.GetProperty("streams")[0];
        var duration = double.Parse(json.RootElement.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        return (stream.GetProperty("codec_name").GetString()!, stream.GetProperty("width").GetInt32(), stream.GetProperty("height").GetInt32(), duration, stream.GetProperty("pix_fmt").GetString()!);
    }

    /// <summary>The file's duration as its container says, for audio and video alike.</summary>
    public static async Task<double> DurationAsync(string path)
    {
        var info = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-v", "error", "-show_entries", "format=duration", "-of", "default=noprint_wrappers=1:nokey=1", path })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return double.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
