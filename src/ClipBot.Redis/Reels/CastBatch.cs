using System.Globalization;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using StackExchange.Redis;

namespace ClipBot.Redis.Reels;

/// <summary>
/// The arguments of <see cref="BallotScripts.CastVotes"/> for a batch of one reel's votes, and the receipts
/// read from its answer, one per vote in the batch's order.
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
            args[(i * 4) + 3] = BallotValues.Vote(cast.Take, cast.At);
        }

        var reel = casts[0].Reel;
        var scriptKeys = slots.SelectMany(slot => new[] { keys.Ballots(reel, slot), keys.Tally(reel, slot) }).ToArray();
        return (scriptKeys, args);
    }

    public static VoteReceipt[] Receipts(IReadOnlyList<PendingCast> casts, RedisResult answer)
    {
        // Read in place: a split would allocate a string per vote, which showed in the benchmark's client CPU.
        var text = answer.ToString().AsSpan();
        var receipts = new VoteReceipt[casts.Count];
        var count = 0;
        while (!text.IsEmpty)
        {
            var comma = text.IndexOf(',');
            var code = comma < 0 ? text : text[..comma];
            text = comma < 0 ? [] : text[(comma + 1)..];
            if (count == receipts.Length)
            {
                throw new InvalidOperationException($"The cast script answered more votes than the {casts.Count} sent.");
            }

            // "0:5", "1<previous take>:5" or "2:5"; take ids hold no colon.
            var colon = code.LastIndexOf(':');
            var outcome = BallotScripts.Outcome(code[0]);
            TakeId? previous = outcome == VoteOutcome.Changed ? new TakeId(code[1..colon].ToString()) : null;
            var votes = long.Parse(code[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
            receipts[count++] = new VoteReceipt(outcome, previous, votes);
        }

        return count == receipts.Length
            ? receipts
            : throw new InvalidOperationException($"The cast script answered {count} votes for {casts.Count}.");
    }
}
