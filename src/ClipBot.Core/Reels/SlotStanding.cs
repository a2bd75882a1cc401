namespace ClipBot.Core.Reels;

/// <summary>A slot's finished takes, best first, and its leader (the first of them); no leader while it has no takes.</summary>
public sealed record SlotStanding(Slot Slot, IReadOnlyList<TakeStanding> Takes)
{
    public TakeStanding? Leader => Takes.Count > 0 ? Takes[0] : null;
}
