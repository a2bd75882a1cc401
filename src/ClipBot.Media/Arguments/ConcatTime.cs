using System.Globalization;

namespace ClipBot.Media.Arguments;

/// <summary>
/// Frame positions as the exact decimal seconds ffmpeg reads. The concat demuxer keeps microseconds, so
/// every time is rounded once, from a frame count, and never summed from rounded parts.
/// </summary>
internal static class ConcatTime
{
    private const long MicrosPerSecond = 1_000_000;

    /// <summary>Microseconds at <paramref name="halfFrames"/> half-frames, rounded to the nearest.</summary>
    public static long MicrosAtHalfFrames(long halfFrames, int fps)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fps);
        var numerator = halfFrames * MicrosPerSecond;
        var denominator = 2L * fps;
        return numerator >= 0 ? (numerator + (denominator / 2)) / denominator : -((-numerator + (denominator / 2)) / denominator);
    }

    public static long Micros(long frames, int fps) => MicrosAtHalfFrames(2 * frames, fps);

    /// <summary>"4.166667": seconds with six decimals, for ffmpeg's time syntax and the concat directives.</summary>
    public static string Seconds(long micros)
    {
        var sign = micros < 0 ? "-" : string.Empty;
        var magnitude = Math.Abs(micros);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{magnitude / MicrosPerSecond}.{magnitude % MicrosPerSecond:D6}");
    }

    public static string FrameSeconds(long frames, int fps) => Seconds(Micros(frames, fps));

    /// <summary>Half a frame before <paramref name="frame"/>: a cut point no rounding can land on the wrong side of.</summary>
    public static string BeforeFrame(long frame, int fps) => Seconds(MicrosAtHalfFrames((2 * frame) - 1, fps));
}
