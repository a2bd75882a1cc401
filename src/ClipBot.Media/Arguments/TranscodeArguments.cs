namespace ClipBot.Media.Arguments;

/// <summary>Re-encodes any video stream to browser-safe H.264 yuv420p in a faststart MP4, silent.</summary>
internal static class TranscodeArguments
{
    // yuv420p needs even sides; square pixels keep the probed size equal to the displayed size.
    private const string EvenSquarePixels = "scale=trunc(iw*sar/2)*2:trunc(ih/2)*2,setsar=1";

    public static IReadOnlyList<string> Build(string sourcePath, string outputPath) =>
    [
        .. FfmpegArguments.Prelude,
        "-i", FfmpegArguments.File(sourcePath),
        "-map", "0:v:0",
        "-an", "-sn", "-dn",
        "-vf", EvenSquarePixels,
        .. EncodeSettings.X264,
        .. EncodeSettings.Mp4,
        FfmpegArguments.File(outputPath),
    ];
}
