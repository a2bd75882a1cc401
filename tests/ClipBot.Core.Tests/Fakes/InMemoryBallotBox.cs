using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>
/// Ballots and duel picks in lists, as <see cref="IBallotBox"/> says: one vote per member per slot (a change
/// moves it, the same vote again keeps the first), one pick per member per pair of takes; tallies leave out
/// takes without votes. Lists come oldest first.
/// </summary>
internal sealed class InMemoryBallotBox : IBallotBox
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(ReelId, int), List<Ballot>> _ballots = [];
    private readonly Dictionary<(ReelId, int), List<DuelPick>> _duels = [];
    private readonly Dictionary<ReelId, long> _revisions = [];

    public Task<VoteReceipt> CastAsync(ReelId reel, int slot, TakeId take, string voterId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _revisions[reel] = _revisions.GetValueOrDefault(reel) + 1;
            var ballots = ListFor(_ballots, reel, slot);
            var index = ballots.FindIndex(b => string.Equals(b.VoterId, voterId, StringComparison.Ordinal));
            var (outcome, previous) = (VoteOutcome.Cast, (TakeId?)null);
            if (index >= 0 && ballots[index].Take == take)
            {
                outcome = VoteOutcome.Unchanged;
            }
            else
            {
                if (index >= 0)
                {
                    (outcome, previous) = (VoteOutcome.Changed, ballots[index].Take);
                    ballots.RemoveAt(index);
                }

                ballots.Add(new Ballot(slot, take, voterId, at));
            }

            return Task.FromResult(new VoteReceipt(outcome, previous, Tally(ballots).GetValueOrDefault(take)));
        }
    }

    public Task<IReadOnlyDictionary<TakeId, long>> TallyAsync(ReelId reel, IReadOnlyCollection<TakeId> takes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var ballots = _ballots.Where(b => b.Key.Item1 == reel).SelectMany(b => b.Value).Where(b => takes.Contains(b.Take)).ToList();
            return Task.FromResult<IReadOnlyDictionary<TakeId, long>>(Tally(ballots));
        }
    }

    public Task<IReadOnlyList<Ballot>> ListBallotsAsync(ReelId reel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Ballot> ballots = [.. _ballots.Where(b => b.Key.Item1 == reel).SelectMany(b => b.Value).OrderBy(b => b.Slot).ThenBy(b => b.At)];
            return Task.FromResult(ballots);
        }
    }

    public Task<VoteOutcome> RecordDuelAsync(
        ReelId reel, int slot, TakeId winner, TakeId loser, string voterId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (winner == loser)
        {
            throw new ArgumentException("A duel needs two different takes.", nameof(loser));
        }

        lock (_gate)
        {
            _revisions[reel] = _revisions.GetValueOrDefault(reel) + 1;
            var picks = ListFor(_duels, reel, slot);
            var index = picks.FindIndex(p => string.Equals(p.VoterId, voterId, StringComparison.Ordinal)
                && ((p.Winner == winner && p.Loser == loser) || (p.Winner == loser && p.Loser == winner)));
            if (index >= 0 && picks[index].Winner == winner)
            {
                return Task.FromResult(VoteOutcome.Unchanged);
            }

            var outcome = index >= 0 ? VoteOutcome.Changed : VoteOutcome.Cast;
            if (index >= 0)
            {
                picks.RemoveAt(index);
            }

            picks.Add(new DuelPick(winner, loser, voterId, at));
            return Task.FromResult(outcome);
        }
    }

    public Task<long> RevisionAsync(ReelId reel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_revisions.GetValueOrDefault(reel));
        }
    }

    public Task<IReadOnlyList<DuelPick>> ListDuelsAsync(ReelId reel, int slot, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DuelPick> picks = [.. ListFor(_duels, reel, slot).OrderBy(p => p.At)];
            return Task.FromResult(picks);
        }
    }

    private static List<T> ListFor<T>(Dictionary<(ReelId, int), List<T>> lists, ReelId reel, int slot)
    {
        if (!lists.TryGetValue((reel, slot), out var list))
        {
            lists[(reel, slot)] = list = [];
        }

        return list;
    }

    private static Dictionary<TakeId, long> Tally(List<Ballot> ballots) =>
        ballots.GroupBy(b => b.Take).ToDictionary(g => g.Key, g => (long)g.Count());
}
