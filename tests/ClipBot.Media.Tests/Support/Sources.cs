using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;

namespace ClipBot.Media.Tests.Support;

/// <summary>Source files made with ffmpeg at test time; the repository holds no binary fixtures.</summary>
internal static class Sources
{
    public static Task<string> LavfiAsync(FfmpegRunner runner, string path, string source, params string[] encode)
    {
        IReadOnlyList<string> arguments =
            [.. FfmpegArguments.Prelude, "-f", "lavfi", "-i", source, .. encode, FfmpegArguments.File(path)];
        return RunAsync(runner, arguments, path);
    }

    /// <summary>Sound only: a sine tone in an M4A.</summary>
    public static Task<string> AudioOnlyAsync(FfmpegRunner runner, string path) =>
        LavfiAsync(runner, path, "sine=frequency=440:duration=2", "-c:a", "aac", "-f", "mp4");

    /// <summary>Over the 60 s limit, yet cheap: 16x16 pixels at one frame per second.</summary>
    public static Task<string> LongClipAsync(FfmpegRunner runner, string path) =>
        LavfiAsync(runner, path, "color=c=blue:s=16x16:r=1:d=75", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-f", "mp4");

    /// <summary>A video no browser plays as is: MPEG-4 Part 2 in AVI, odd-sized, with sound.</summary>
    public static Task<string> ForeignClipAsync(FfmpegRunner runner, string path)
    {
        IReadOnlyList<string> arguments =
        [
            .. FfmpegArguments.Prelude,
            "-f", "lavfi", "-i", "testsrc2=s=321x181:r=25:d=2",
            "-f", "lavfi", "-i", "sine=duration=2",
            "-c:v", "mpeg4", "-c:a", "pcm_s16le", "-f", "avi", FfmpegArguments.File(path),
        ];
        return RunAsync(runner, arguments, path);
    }

    private static async Task<string> RunAsync(FfmpegRunner runner, IReadOnlyList<string> arguments, string path)
    {
        await runner.RunFfmpegAsync(arguments, path, TimeSpan.Zero, null, CancellationToken.None);
        return path;
    }
}
