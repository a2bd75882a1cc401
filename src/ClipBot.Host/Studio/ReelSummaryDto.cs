using ClipBot.Core.Reels;

namespace ClipBot.Host.Studio;

/// <summary>A reel in the list of recent reels: enough to pick one, without reading its standings.</summary>
internal sealed record ReelSummaryDto(
    string Id,
    string Name,
    string Phase,
    int SlotCount,
    double DurationSeconds,
    bool StudioChat,
    string? CutUrl,
    DateTimeOffset CreatedAt)
{
    public static ReelSummaryDto From(Reel reel, bool studioChat)
    {
        ArgumentNullException.ThrowIfNull(reel);
        return new ReelSummaryDto(
            reel.Id.Value,
            reel.Name,
            ReelWire.Of(reel.Phase),
            reel.Slots.Count,
            reel.DurationSeconds,
            studioChat,
            reel.Cut is { } cut ? MediaEndpoints.UrlOf(cut.File) : null,
            reel.CreatedAt);
    }
}
