using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>The leader of a slot by votes: the most votes, ties to the take made first (as <see cref="ReelStandings"/> ranks).</summary>
public static class SlotLeader
{
    /// <param name="order">The slot's takes, oldest first.</param>
    public static TakeId? ByVotes(IReadOnlyDictionary<TakeId, long> tally, IReadOnlyList<TakeId> order)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(order);
        TakeId? leader = null;
        long best = 0;
        foreach (var take in order)
        {
            if (tally.TryGetValue(take, out var votes) && votes > best)
            {
                (leader, best) = (take, votes);
            }
        }

        return leader;
    }

    /// <summary>The tally before a vote that <paramref name="receipt"/> reports; the same tally for an unchanged vote.</summary>
    public static IReadOnlyDictionary<TakeId, long> Before(VoteReceipt receipt, TakeId voted)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var before = new Dictionary<TakeId, long>(receipt.Tally);
        if (receipt.Outcome == VoteOutcome.Unchanged)
        {
            return before;
        }

        before[voted] = before.GetValueOrDefault(voted) - 1;
        if (receipt.Previous is { } previous)
        {
            before[previous] = before.GetValueOrDefault(previous) + 1;
        }

        return before;
    }
}
