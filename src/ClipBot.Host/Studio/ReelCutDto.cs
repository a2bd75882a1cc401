using ClipBot.Core.Reels;

namespace ClipBot.Host.Studio;

/// <summary>A reel's latest cut: the full-quality file for the Studio's player and the chat-sized one.</summary>
/// <param name="Winners">The take in each slot, null for a card; null itself while the tallies are hidden.</param>
internal sealed record ReelCutDto(
    string Url,
    string? DeliveryUrl,
    double DurationSeconds,
    DateTimeOffset RenderedAt,
    bool Final,
    IReadOnlyList<string?>? Winners)
{
    public static ReelCutDto From(ReelCut cut, bool hidden)
    {
        ArgumentNullException.ThrowIfNull(cut);
        return new ReelCutDto(
            MediaEndpoints.UrlOf(cut.File),
            cut.DeliveryFile is null ? null : MediaEndpoints.UrlOf(cut.DeliveryFile),
            cut.DurationSeconds,
            cut.RenderedAt,
            cut.Final,
            hidden ? null : cut.Winners.Select(w => w?.Value).ToList());
    }
}
