using System.Globalization;

namespace ClipBot.Media.Processes;

/// <summary>Reads ffmpeg's <c>-progress</c> key=value lines and turns the encoded time into a percentage.</summary>
internal static class FfmpegProgress
{
    private const string OutTimeKey = "out_time_us=";

    /// <summary>The percentage (0–99) this line reports, or null for lines that carry no position.</summary>
    public static int? TryReadPercent(string line, TimeSpan expectedDuration)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (expectedDuration <= TimeSpan.Zero || !line.StartsWith(OutTimeKey, StringComparison.Ordinal))
        {
            return null;
        }

        // ffmpeg prints "N/A" before the first frame is out.
        if (!long.TryParse(line.AsSpan(OutTimeKey.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var microseconds))
        {
            return null;
        }

        var fraction = microseconds / (expectedDuration.TotalMilliseconds * 1000.0);

        // 100 is kept for the moment the output is checked, not when the last frame is merely encoded.
        return (int)Math.Clamp(Math.Floor(fraction * 100), 0, 99);
    }
}
