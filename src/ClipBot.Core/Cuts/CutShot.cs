namespace ClipBot.Core.Cuts;

/// <summary>One shot of a cut: the take's files, its length on the timeline, and what the chapter and credits say.</summary>
/// <param name="VideoFile">The take's mezzanine, relative to the media folder.</param>
/// <param name="DeliveryFile">The take's delivery rendition, relative to the media folder; needed for a delivery cut.</param>
/// <param name="TakeId">Names the take in transition caches: a transition is re-rendered only when a neighbour changes.</param>
public sealed record CutShot(
    string TakeId,
    string VideoFile,
    string? DeliveryFile,
    double DurationSeconds,
    string Title,
    string Author,
    string Prompt,
    uint Seed);
