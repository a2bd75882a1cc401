using System.Globalization;

namespace ClipBot.Core.Queue;

/// <summary>When a waiting job should be ready, from its position, the workers' slots and recent durations.</summary>
internal static class EtaEstimate
{
    /// <summary>
    /// The job at <paramref name="position"/> starts once the jobs running now and the jobs ahead of it have
    /// cleared the slots, a batch at a time, and then takes one average duration itself. Null when no job
    /// has finished yet to learn from.
    /// </summary>
    public static TimeSpan? ForPosition(int position, int workerSlots, long running, TimeSpan? averageDuration)
    {
        if (averageDuration is not { } average || position < 1)
        {
            return null;
        }

        var slots = Math.Max(1, workerSlots);
        var busy = Math.Clamp(running, 0, slots);
        var batchesAhead = (position - 1 + busy) / slots;
        return average * (batchesAhead + 1);
    }

    /// <summary>"about 40 s", "about 3 min", "about 2 h".</summary>
    public static string Describe(TimeSpan eta) => eta switch
    {
        { TotalSeconds: < 60 } e => string.Create(CultureInfo.InvariantCulture, $"about {Math.Max(1, (int)Math.Ceiling(e.TotalSeconds))} s"),
        { TotalMinutes: < 90 } e => string.Create(CultureInfo.InvariantCulture, $"about {(int)Math.Round(e.TotalMinutes)} min"),
        var e => string.Create(CultureInfo.InvariantCulture, $"about {e.TotalHours:0.#} h"),
    };

    /// <summary>"#3 in line, ready in about 40 s", or just "#3 in line" before the first job finished.</summary>
    public static string InLine(int position, TimeSpan? eta) => eta is { } known
        ? string.Create(CultureInfo.InvariantCulture, $"#{position} in line, ready in {Describe(known)}")
        : string.Create(CultureInfo.InvariantCulture, $"#{position} in line");
}
