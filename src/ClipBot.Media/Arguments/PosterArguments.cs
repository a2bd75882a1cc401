namespace ClipBot.Media.Arguments;

/// <summary>The poster: one JPEG frame from the middle of the take, written by the ingest run itself.</summary>
internal static class PosterArguments
{
    /// <summary>The output options for a graph output that carries exactly the poster frame.</summary>
    public static IReadOnlyList<string> Output(string outputPath) =>
    [
        "-frames:v", "1",

        // 2–5 is visually lossless for mjpeg; 3 keeps a 720p poster around 100 KB.
        "-q:v", "3",
        "-map_metadata", "-1",
        "-f", "image2",
        "-update", "1",
        FfmpegArguments.File(outputPath),
    ];
}
