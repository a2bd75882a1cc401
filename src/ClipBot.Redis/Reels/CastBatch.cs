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
        var args = new RedisValue[casts.Count * 3];
        for (var i = 0; i < casts.Count; i++)
        {
            var cast = casts[i];
            args[i * 3] = BallotValues.BallotField(cast.Slot, cast.VoterId);
            args[(i * 3) + 1] = cast.Take.Value;
            args[(i * 3) + 2] = BallotValues.Vote(cast.Take, cast.At);
        }

        var reel = casts[0].Reel;
        return ([keys.Ballots(reel), keys.Tally(reel), keys.BallotsRevision(reel)], args);
    }

    public static VoteReceipt[] Receipts(IReadOnlyList<PendingCast> casts, RedisResult answer)
    {
        var replies = (RedisResult[])answer!;
        if (replies.Length != casts.Count)
        {
            throw new InvalidOperationException($"The cast script answered {replies.Length} votes for {casts.Count}.");
        }

        var receipts = new VoteReceipt[replies.Length];
        for (var i = 0; i < replies.Length; i++)
        {
            receipts[i] = Receipt(replies[i]);
        }

        return receipts;
    }

    // n > 0: a first vote, the take has n votes; -n: the same vote again; "previous:n": a change. Take ids hold no colon.
    private static VoteReceipt Receipt(RedisResult reply)
    {
        if (reply.Resp2Type == ResultType.Integer)
        {
            var votes = (long)reply;
            return votes > 0 ? new VoteReceipt(VoteOutcome.Cast, null, votes) : new VoteReceipt(VoteOutcome.Unchanged, null, -votes);
        }

        var text = reply.ToString();
        var colon = text.LastIndexOf(':');
        return colon > 0
            ? new VoteReceipt(VoteOutcome.Changed, new TakeId(text[..colon]), long.Parse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture))
            : throw new InvalidOperationException($"The cast script answered a vote with \"{text}\".");
    }
}
