using System.Globalization;

namespace ClipBot.Core.Queue;

/// <summary>When a waiting job should be ready, from its position, the workers' slots and recent durations.</summary>
internal static class EtaEstimate
{
    /// <summary>
    /// The job at <paramref name="position"/> starts after the jobs ahead of it clear the slots, a batch at a
    /// time, and then takes one average duration itself. Null when no job has finished yet to learn from.
    /// </summary>
    public static TimeSpan? ForPosition(int position, int workerSlots, TimeSpan? averageDuration)
    {
        if (averageDuration is not { } average || position < 1)
        {
            return null;
        }

        var batchesAhead = (position - 1) / Math.Max(1, workerSlots);
        return average * (batchesAhead + 1);
    }

    /// <summary>"about 40 s", "about 3 min", "about 2 h"; "unknown yet" before the first job.</summary>
    public static string Describe(TimeSpan? eta) => eta switch
    {
        null => "unknown yet",
        { TotalSeconds: < 60 } e => string.Create(CultureInfo.InvariantCulture, $"about {Math.Max(1, (int)Math.Ceiling(e.TotalSeconds))} s"),
        { TotalMinutes: < 90 } e => string.Create(CultureInfo.InvariantCulture, $"about {(int)Math.Round(e.TotalMinutes)} min"),
        { } e => string.Create(CultureInfo.InvariantCulture, $"about {e.TotalHours:0.#} h"),
    };
}
