namespace ClipBot.Media.Arguments;

/// <summary>
/// The encoder options for what the cut renders itself (crossfades, credits). They are the mezzanine's own
/// (<see cref="StitchableH264"/> and its preset), so the stream headers match the takes byte for byte and
/// the pieces join them by stream copy; only the rate control comes from the takes around them.
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
