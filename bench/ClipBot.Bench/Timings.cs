using System.Globalization;

namespace ClipBot.Bench;

/// <summary>Formatting and the median of a handful of timed runs.</summary>
internal static class Timings
{
    public static double Median(IReadOnlyList<double> seconds)
    {
        var sorted = seconds.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static string Seconds(double seconds) => seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    public static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
