namespace ClipBot.Media.Arguments;

/// <summary>
/// The cut itself: the concat demuxer over the pieces with everything copied, the song's audio copied
/// beside it, and the chapters from an ffmetadata file. Nothing is decoded, so it runs at disk speed.
/// </summary>
internal static class CutArguments
{
    /// <param name="songPath">The song, or null for a silent cut.</param>
    /// <param name="timelineMicros">The cut's length; the song is cut there (stream copy ends on the audio packet that crosses it).</param>
    public static IReadOnlyList<string> Build(string listPath, string? songPath, string chaptersPath, long timelineMicros, string outputPath)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(timelineMicros);

        var metadataInput = songPath is null ? "1" : "2";
        List<string> arguments =
        [
            .. FfmpegArguments.Prelude,

            // The pieces are absolute paths, which the demuxer's "safe" mode refuses.
            "-f", "concat", "-safe", "0", "-i", FfmpegArguments.File(listPath),
        ];
        if (songPath is not null)
        {
            arguments.AddRange(["-i", FfmpegArguments.File(songPath)]);
        }

        arguments.AddRange(
        [
            "-f", "ffmetadata", "-i", FfmpegArguments.File(chaptersPath),
            "-map", "0:v:0",
            .. songPath is null ? (string[])[] : ["-map", "1:a:0"],

            // From the ffmetadata file, not "-1": dropping all metadata also drops the chapter titles, and
            // the MP4 then points at a chapter track it never wrote, which every decode reports as an error.
            "-map_metadata", metadataInput,
            "-map_chapters", metadataInput,
            "-c", "copy",
            "-t", ConcatTime.Seconds(timelineMicros),
            "-fflags", "+bitexact",
            "-movflags", "+faststart",
            "-f", "mp4",
            FfmpegArguments.File(outputPath),
        ]);
        return arguments;
    }
}
