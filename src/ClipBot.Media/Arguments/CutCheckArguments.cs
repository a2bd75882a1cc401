namespace ClipBot.Media.Arguments;

/// <summary>
/// ffprobe runs that decode a cut and print one short line per frame; anything on stderr at level
/// "error" is a fault, which is what <c>ffmpeg -v error -i cut.mp4 -f null -</c> would print too.
/// </summary>
internal static class CutCheckArguments
{
    /// <summary>Decodes every frame of every stream.</summary>
    public static IReadOnlyList<string> Everything(string cutPath) =>
    [
        "-hide_banner",
        "-loglevel", "error",
        "-show_entries", "frame=media_type",
        "-of", "csv=p=0",
        FfmpegArguments.File(cutPath),
    ];

    /// <summary>
    /// Decodes a few video frames from each seam on, in one run over the cut (ffprobe seeks to every
    /// interval's keyframe). Those are the only frames the cut put next to something new; every other
    /// frame is a byte copy of one decoded before.
    /// </summary>
    /// <param name="seamMicros">Where each piece starts; every one is a keyframe.</param>
    public static IReadOnlyList<string> Seams(string cutPath, IEnumerable<long> seamMicros, int frames)
    {
        ArgumentNullException.ThrowIfNull(seamMicros);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frames);

        var count = frames.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            "-hide_banner",
            "-loglevel", "error",
            "-read_intervals", string.Join(',', seamMicros.Select(micros => $"{ConcatTime.Seconds(micros)}%+#{count}")),
            "-select_streams", "v:0",
            "-show_entries", "frame=key_frame",
            "-of", "csv=p=0",
            FfmpegArguments.File(cutPath),
        ];
    }
}
