namespace ClipBot.Core.Cuts;

/// <summary>One shot of a cut: the take's files, its length on the timeline, and what the chapter and credits say.</summary>
/// <param name="TakeId">Names the take in transition caches: a transition is re-rendered only when a neighbour changes.</param>
/// <param name="VideoFile">
/// The take's mezzanine, relative to the media folder; null for an empty slot, which shows a card with
/// <paramref name="Title"/> and the brief in <paramref name="Prompt"/> instead.
/// </param>
/// <param name="DeliveryFile">The take's delivery rendition, relative to the media folder; needed for a delivery cut.</param>
public sealed record CutShot(
    string TakeId,
    string? VideoFile,
    string? DeliveryFile,
    double DurationSeconds,
    string Title,
    string Author,
    string Prompt,
    uint Seed)
{
    /// <summary>An empty slot's card: its title ("Shot 3") and brief on a plain background, for as long as the slot.</summary>
    public static CutShot Card(string key, double durationSeconds, string title, string? brief) =>
        new(key, null, null, durationSeconds, title, string.Empty, brief ?? string.Empty, 0);

    public bool IsCard => VideoFile is null;
}
