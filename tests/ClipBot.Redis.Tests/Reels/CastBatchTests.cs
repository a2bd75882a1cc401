using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Redis.Reels;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Reels;

public sealed class CastBatchTests
{
    private static readonly ReelId Reel = new("abcd2345");
    private static readonly DateTimeOffset At = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TakeId A = new("aaaaaaaaaaaa");
    private static readonly TakeId B = new("bbbbbbbbbbbb");
    private static readonly TakeId C = new("cccccccccccc");

    [Fact]
    public void Arguments_SeveralSlots_TheReelsKeysAndPerVoteFieldTakeAndBallot()
    {
        PendingCast[] casts = [Cast(2, A, "alice"), Cast(1, B, "bob"), Cast(12, C, "carol:x")];

        var (keys, args) = CastBatch.Arguments(casts, new RedisKeys("p:"));

        Assert.Equal(["p:{reel:abcd2345}:ballots", "p:{reel:abcd2345}:tally", "p:{reel:abcd2345}:ballots-revision"], keys.Select(k => k.ToString()));
        var ms = At.ToUnixTimeMilliseconds();
        Assert.Equal(
            ["2:alice", A.Value, $"{A.Value}|{ms}", "1:bob", B.Value, $"{B.Value}|{ms}", "12:carol:x", C.Value, $"{C.Value}|{ms}"],
            args.Select(a => a.ToString()));
    }

    [Fact]
    public void Receipts_SeveralVotes_EachReadsItsOutcomeMovedFromAndCount()
    {
        // alice votes A (first), bob votes A (first), alice moves to B, bob votes A again, carol votes C in slot 2.
        PendingCast[] casts = [Cast(1, A, "alice"), Cast(1, A, "bob"), Cast(1, B, "alice"), Cast(1, A, "bob"), Cast(2, C, "carol")];
        var answer = RedisResult.Create([RedisResult.Create(1), RedisResult.Create(2), RedisResult.Create((RedisValue)$"{A.Value}:1"), RedisResult.Create(-1), RedisResult.Create(1)]);

        var receipts = CastBatch.Receipts(casts, answer);

        Assert.Equal(
            [VoteOutcome.Cast, VoteOutcome.Cast, VoteOutcome.Changed, VoteOutcome.Unchanged, VoteOutcome.Cast],
            receipts.Select(r => r.Outcome));
        Assert.Equal([null, null, A, null, null], receipts.Select(r => r.Previous));
        Assert.Equal([1L, 2, 1, 1, 1], receipts.Select(r => r.Votes));
    }

    [Fact]
    public void Receipts_AnswerForFewerVotes_Throws()
    {
        PendingCast[] casts = [Cast(1, A, "alice"), Cast(1, B, "bob")];

        var read = () => CastBatch.Receipts(casts, RedisResult.Create([RedisResult.Create(1)]));

        Assert.Throws<InvalidOperationException>(read);
    }

    [Fact]
    public void Receipts_UnknownReply_Throws()
    {
        PendingCast[] casts = [Cast(1, A, "alice")];

        var read = () => CastBatch.Receipts(casts, RedisResult.Create([RedisResult.Create((RedisValue)"nonsense")]));

        Assert.Throws<InvalidOperationException>(read);
    }

    private static PendingCast Cast(int slot, TakeId take, string voter) => new(Reel, slot, take, voter, At);
}
