using System.Globalization;

namespace ClipBot.Core.Commands.Reels;

/// <summary>How reel replies write times and lengths, the same in every reply.</summary>
internal static class ReelText
{
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Seconds(double seconds) => seconds.ToString("0.##", CultureInfo.InvariantCulture) + " s";

    public static string Clock(double seconds) =>
        TimeSpan.FromSeconds(seconds).ToString(seconds >= 3600 ? @"h\:mm\:ss\.f" : @"m\:ss\.f", CultureInfo.InvariantCulture);

    /// <summary>"1 shot", "12 shots".</summary>
    public static string Shots(int count) => count == 1 ? "1 shot" : $"{count} shots";

    /// <summary>A prompt on one line, cut to <paramref name="max"/> characters.</summary>
    public static string Quote(string text, int max = 80)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= max ? line : line[..max] + "…";
    }
}
