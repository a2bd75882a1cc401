using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using StackExchange.Redis;

namespace ClipBot.Redis.Reels;

/// <summary>
/// The arguments of <see cref="BallotScripts.CastVotes"/> for a batch of one reel's votes, and the receipts
/// read from its answer. The script applies the votes one by one and reads each slot's tally once, at the end;
/// a vote's receipt must show the tally right after that vote, which is the end tally with the later votes of
/// the same slot taken back out, one by one, from the last.
/// </summary>
internal static class CastBatch
{
    public static (RedisKey[] Keys, RedisValue[] Args) Arguments(IReadOnlyList<PendingCast> casts, RedisKeys keys)
    {
        var slots = new List<int>();
        var args = new RedisValue[casts.Count * 4];
        for (var i = 0; i < casts.Count; i++)
        {
            var cast = casts[i];
            var pair = slots.IndexOf(cast.Slot);
            if (pair < 0)
            {
                pair = slots.Count;
                slots.Add(cast.Slot);
            }

            args[i * 4] = (pair * 2) + 1;
            args[(i * 4) + 1] = cast.VoterId;
            args[(i * 4) + 2] = cast.Take.Value;
            args[(i * 4) + 3] = cast.At.ToUnixTimeMilliseconds();
        }

        var reel = casts[0].Reel;
        var scriptKeys = slots.SelectMany(slot => new[] { keys.Ballots(reel, slot), keys.Tally(reel, slot) }).ToArray();
        return (scriptKeys, args);
    }

    public static VoteReceipt[] Receipts(IReadOnlyList<PendingCast> casts, RedisResult answer)
    {
        var parts = (RedisResult[])answer!;
        var codes = parts[0].ToString().Split(',');

        // The end tally of each slot, in the order the slots first appear in the batch, as Arguments keyed them.
        var current = new Dictionary<int, Dictionary<TakeId, long>>();
        foreach (var cast in casts)
        {
            if (!current.ContainsKey(cast.Slot))
            {
                current[cast.Slot] = ReadTally(parts[current.Count + 1].ToString());
            }
        }

        var receipts = new VoteReceipt[casts.Count];
        for (var i = casts.Count - 1; i >= 0; i--)
        {
            var cast = casts[i];
            var outcome = BallotScripts.Outcome(codes[i][0]);
            TakeId? previous = outcome == VoteOutcome.Changed ? new TakeId(codes[i][1..]) : null;
            var after = current[cast.Slot];
            receipts[i] = new VoteReceipt(outcome, previous, after);
            if (outcome != VoteOutcome.Unchanged)
            {
                current[cast.Slot] = TakeBack(after, cast.Take, previous);
            }
        }

        return receipts;
    }

    // The tally before a counted vote for take, moved from previous when it was a change; a new dictionary,
    // since the one given is already some receipt's.
    private static Dictionary<TakeId, long> TakeBack(Dictionary<TakeId, long> after, TakeId take, TakeId? previous)
    {
        var before = new Dictionary<TakeId, long>(after);
        if (before[take] == 1)
        {
            before.Remove(take);
        }
        else
        {
            before[take]--;
        }

        if (previous is { } moved)
        {
            before[moved] = before.GetValueOrDefault(moved) + 1;
        }

        return before;
    }

    // "take count take count ...", as the script joins HGETALL; empty when the slot has no votes.
    private static Dictionary<TakeId, long> ReadTally(string joined)
    {
        var words = joined.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tally = new Dictionary<TakeId, long>(words.Length / 2);
        for (var i = 0; i < words.Length; i += 2)
        {
            tally[new TakeId(words[i])] = long.Parse(words[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        }

        return tally;
    }
}
