using System.Globalization;

namespace ClipBot.Media.Arguments;

/// <summary>Grabs one frame as a JPEG poster.</summary>
internal static class PosterArguments
{
    public static IReadOnlyList<string> Build(string videoPath, TimeSpan at, string outputPath)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(at, TimeSpan.Zero);

        return
        [
            .. FfmpegArguments.Prelude,
            // Before -i, seeking jumps to the nearest keyframe and decodes forward: fast and still exact.
            "-ss", at.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture),
            "-i", FfmpegArguments.File(videoPath),
            "-map", "0:v:0",
            "-frames:v", "1",
            "-q:v", "3",
            "-f", "image2",
            "-update", "1",
            FfmpegArguments.File(outputPath),
        ];
    }
}
