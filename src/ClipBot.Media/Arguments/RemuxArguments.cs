namespace ClipBot.Media.Arguments;

/// <summary>
/// Copies an H.264 yuv420p video stream into a faststart MP4 without re-encoding. Audio is dropped: a
/// take is a silent shot, and the cut brings the song.
/// </summary>
internal static class RemuxArguments
{
    public static IReadOnlyList<string> Build(string sourcePath, string outputPath) =>
    [
        .. FfmpegArguments.Prelude,
        "-i", FfmpegArguments.File(sourcePath),
        "-map", "0:v:0",
        "-an", "-sn", "-dn",
        "-c:v", "copy",
        .. EncodeSettings.Mp4,
        FfmpegArguments.File(outputPath),
    ];
}
