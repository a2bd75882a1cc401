using System.Diagnostics;
using System.Globalization;

namespace ClipBot.Host.Tests.Infrastructure;

/// <summary>The real ffmpeg, for making test inputs and for looking at what ClipBot made.</summary>
public static class Ffmpeg
{
    /// <summary>The size of the thumbnails <see cref="FrameAsync"/> and <see cref="ImageAsync"/> return: small enough to average out detail.</summary>
    public const int ThumbWidth = 16;
    public const int ThumbHeight = 9;

    public static async Task RunAsync(params string[] arguments) => await OutputAsync(arguments);

    /// <summary>A sine tone as a WAV file: a song ClipBot takes, made in a blink.</summary>
    public static Task ToneAsync(string path, double seconds, int frequency = 330) =>
        RunAsync(
            "-f", "lavfi", "-i", string.Create(CultureInfo.InvariantCulture, $"sine=frequency={frequency}:sample_rate=44100:duration={seconds}"),
            "-c:a", "pcm_s16le", path);

    /// <summary>The video's frame at <paramref name="seconds"/>, shrunk to a thumbnail of RGB bytes.</summary>
    public static Task<byte[]> FrameAsync(string video, double seconds) =>
        OutputAsync(["-ss", seconds.ToString("0.###", CultureInfo.InvariantCulture), "-i", video, "-frames:v", "1", .. Thumbnail]);

    /// <summary>An image file, shrunk to a thumbnail of RGB bytes like <see cref="FrameAsync"/>.</summary>
    public static Task<byte[]> ImageAsync(string image) => OutputAsync(["-i", image, "-frames:v", "1", .. Thumbnail]);

    /// <summary>The mean difference per colour channel of two thumbnails, 0 (the same) to 255.</summary>
    public static double Distance(byte[] first, byte[] second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        Assert.Equal(first.Length, second.Length);
        return first.Zip(second, (a, b) => Math.Abs(a - b)).Average();
    }

    private static string[] Thumbnail =>
        ["-vf", $"scale={ThumbWidth}:{ThumbHeight}:flags=area", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"];

    private static async Task<byte[]> OutputAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-hide_banner", "-nostdin", "-v", "error", "-y", .. arguments])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = await process.StandardError.ReadToEndAsync();
        await copy;
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return output.ToArray();
    }
}
