using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>
/// The votes of a reel, one ballot per member per slot, and its duel picks. Each cast is one atomic step
/// on the server, so concurrent voters always give exact tallies. Whether a member may vote is decided
/// before, by <see cref="VoteRules"/>; the box only counts.
/// </summary>
public interface IBallotBox
{
    /// <summary>
    /// Records the member's vote in the slot: a first vote, a change (the old take loses the vote), or the
    /// same vote again (nothing changes). Returns what happened and the slot's tally after it.
    /// </summary>
    Task<VoteReceipt> CastAsync(ReelId reel, int slot, TakeId take, string voterId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// The votes of each of these takes of the reel (a slot's, say: a take is in one slot only); takes without
    /// votes are absent.
    /// </summary>
    Task<IReadOnlyDictionary<TakeId, long>> TallyAsync(ReelId reel, IReadOnlyCollection<TakeId> takes, CancellationToken cancellationToken);

    /// <summary>Every member's current vote in every slot of the reel, by slot, then oldest first.</summary>
    Task<IReadOnlyList<Ballot>> ListBallotsAsync(ReelId reel, CancellationToken cancellationToken);

    /// <summary>
    /// Records the member's pick in a duel between two takes of the slot: one pick per member per pair,
    /// which a later pick of the same pair replaces.
    /// </summary>
    Task<VoteOutcome> RecordDuelAsync(
        ReelId reel, int slot, TakeId winner, TakeId loser, string voterId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// A number the box raises with every vote and duel pick it takes for the reel, the same vote again
    /// included, and never lowers: 0 before the first. Whoever saw it before can tell whether the standings may
    /// have moved since, without reading them.
    /// </summary>
    Task<long> RevisionAsync(ReelId reel, CancellationToken cancellationToken);

    /// <summary>Every member's current pick of every pair in the slot.</summary>
    Task<IReadOnlyList<DuelPick>> ListDuelsAsync(ReelId reel, int slot, CancellationToken cancellationToken);
}
