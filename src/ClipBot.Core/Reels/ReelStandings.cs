using ClipBot.Core.Storage;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>
/// Ranks each slot's finished takes: by votes, or by duel scores when the reel ranks by duels. Ties go to
/// the take made first, so a standing never flips back and forth between equal takes.
/// </summary>
internal sealed class ReelStandings(IReelStore reels, ITakeStore takes, IBallotBox ballots)
{
    public async Task<IReadOnlyList<SlotStanding>> ForReelAsync(Reel reel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        var standings = new List<SlotStanding>(reel.Slots.Count);
        foreach (var slot in reel.Slots)
        {
            standings.Add(await ForSlotAsync(reel, slot, cancellationToken));
        }

        return standings;
    }

    public async Task<SlotStanding> ForSlotAsync(Reel reel, Slot slot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        ArgumentNullException.ThrowIfNull(slot);
        // All at once: on Redis the reads share one pipelined connection, so a slot costs one round trip, not one per take.
        var ids = await reels.ListTakesAsync(reel.Id, slot.Index, cancellationToken);
        var loaded = await Task.WhenAll(ids.Select(id => takes.GetAsync(id, cancellationToken)));
        var finished = loaded
            .OfType<Take>()
            .Where(take => take.Artifacts is not null && take.Status is TakeStatus.Ready or TakeStatus.Posted)
            .ToList();

        var tally = await ballots.TallyAsync(reel.Id, ids, cancellationToken);
        IReadOnlyDictionary<TakeId, double>? scores = null;
        if (reel.Rules.Ranking == RankingMode.Duels)
        {
            var picks = await ballots.ListDuelsAsync(reel.Id, slot.Index, cancellationToken);
            var known = finished.Select(t => t.Id).ToHashSet();
            scores = DuelRanking.Score(known, picks.Where(p => known.Contains(p.Winner) && known.Contains(p.Loser)));
        }

        var ranked = finished
            .Select((take, order) => (Standing: new TakeStanding(take, tally.GetValueOrDefault(take.Id), scores?.GetValueOrDefault(take.Id)), Order: order))
            .OrderByDescending(x => x.Standing.DuelScore ?? x.Standing.Votes)
            .ThenByDescending(x => x.Standing.Votes)
            .ThenBy(x => x.Order)
            .Select(x => x.Standing)
            .ToList();
        return new SlotStanding(slot, ranked);
    }
}
