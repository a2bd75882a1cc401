using System.Globalization;

namespace ClipBot.Media.Arguments;

/// <summary>
/// The encoder options for what the cut renders itself (crossfades, cards, credits). They are the
/// mezzanine's own (<see cref="StitchableH264"/> and its preset), so the stream headers match the takes
/// byte for byte and the pieces join them by stream copy; only the rate control comes from the takes.
/// </summary>
internal static class CutEncodeArguments
{
    private const string ForceKeyFrames = "-force_key_frames";
    private const string TrackTimescale = "-video_track_timescale";

    /// <summary>The video output options, without keyframe forcing (each caller places its own) and without container options.</summary>
    public static IReadOnlyList<string> Video(int width, int height, int fps, IReadOnlyList<string> rateControl)
    {
        ArgumentNullException.ThrowIfNull(rateControl);

        var stitchable = StitchableH264.Arguments(width, height, fps);
        var arguments = new List<string>();
        for (var i = 0; i < stitchable.Count; i++)
        {
            // Both take a value; the value goes with them.
            if (stitchable[i] is ForceKeyFrames or TrackTimescale)
            {
                i++;
                continue;
            }

            arguments.Add(stitchable[i]);
        }

        // A forced keyframe must start a new closed GOP, or a piece could begin on a frame that looks back.
        arguments.AddRange(["-preset", MezzanineSettings.Preset, .. rateControl, "-forced-idr", "1", "-an", "-sn", "-dn"]);
        return arguments;
    }

    /// <summary>
    /// Encodes a card: a filter graph with no input file (a colour source and text), whose output is
    /// labelled <paramref name="outputLabel"/>, as a faststart MP4 of exactly <paramref name="frames"/> frames.
    /// </summary>
    /// <param name="encode">The video output options (<see cref="Video"/>).</param>
    /// <param name="forceKeyFrames">A <c>-force_key_frames</c> value, or null for the first keyframe and the GOP's.</param>
    public static IReadOnlyList<string> Card(
        string graph, string outputLabel, int frames, IReadOnlyList<string> encode, string? timescale, string? forceKeyFrames, string outputPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(graph);
        ArgumentException.ThrowIfNullOrEmpty(outputLabel);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frames);
        ArgumentNullException.ThrowIfNull(encode);

        return
        [
            .. FfmpegArguments.Prelude,
            "-filter_complex_threads", EncodeSettings.Threads,
            "-filter_complex", graph,
            "-map", $"[{outputLabel}]",
            "-frames:v", frames.ToString(CultureInfo.InvariantCulture),
            .. encode,
            .. forceKeyFrames is null ? (string[])[] : [ForceKeyFrames, forceKeyFrames],
            .. timescale is null ? (string[])[] : [TrackTimescale, timescale],
            .. EncodeSettings.Mp4,
            FfmpegArguments.File(outputPath),
        ];
    }

    /// <summary>The MP4 time base the mezzanines are written with, or null to leave it to the muxer.</summary>
    public static string? Timescale(int width, int height, int fps)
    {
        var stitchable = StitchableH264.Arguments(width, height, fps);
        for (var i = 0; i < stitchable.Count - 1; i++)
        {
            if (stitchable[i] == TrackTimescale)
            {
                return stitchable[i + 1];
            }
        }

        return null;
    }
}
