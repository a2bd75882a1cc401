using ClipBot.Core.Reels;

namespace ClipBot.Host.Studio;

/// <summary>One shot of a reel and its finished takes: best first, or oldest first while the tallies are hidden.</summary>
/// <param name="Leader">The take the cut would show now; null while hidden or while the slot has no take.</param>
internal sealed record SlotDto(
    int Index,
    double StartSeconds,
    double DurationSeconds,
    string? Label,
    string? Brief,
    string? Leader,
    IReadOnlyList<ReelTakeDto> Takes)
{
    public static SlotDto From(SlotStanding standing, Reel reel, bool hidden)
    {
        ArgumentNullException.ThrowIfNull(standing);
        var slot = standing.Slot;

        // The ranked order would give the leader away, so hidden standings are listed in the order the takes came.
        var takes = hidden ? standing.Takes.OrderBy(t => t.Take.CreatedAt).ThenBy(t => t.Take.Id.Value, StringComparer.Ordinal) : standing.Takes.AsEnumerable();
        return new SlotDto(
            slot.Index,
            slot.StartSeconds,
            slot.DurationSeconds,
            slot.Label,
            slot.Brief,
            hidden ? null : standing.Leader?.Take.Id.Value,
            takes.Select(t => ReelTakeDto.From(t, reel, hidden)).ToList());
    }
}
