using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>The latest cut of a reel: both renditions, what it was made of, and whether it is the final one.</summary>
/// <param name="File">Full quality, for the Studio; relative to the media folder.</param>
/// <param name="DeliveryFile">Chat-sized, made from the takes' delivery renditions; null when a take had none.</param>
/// <param name="Winners">The take in each slot, in slot order; null for a slot that showed its card.</param>
public sealed record ReelCut(
    string File,
    string? DeliveryFile,
    double DurationSeconds,
    IReadOnlyList<TakeId?> Winners,
    DateTimeOffset RenderedAt,
    bool Final);
