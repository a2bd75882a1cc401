using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Redis.Tests.Fixtures;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Reels;

public abstract partial class ReelContractTests
{
    private static readonly DateTimeOffset At = TestTakes.Epoch;

    [Fact]
    public async Task CastAsync_FirstVote_CastAndCounted()
    {
        var reel = ReelId.New();
        var take = TakeId.New();

        var receipt = await Ballots.CastAsync(reel, 1, take, "alice", At, None);

        Assert.Equal(VoteOutcome.Cast, receipt.Outcome);
        Assert.Null(receipt.Previous);
        Assert.Equal(1, receipt.Votes);
        Assert.Equal(new Dictionary<TakeId, long> { [take] = 1 }, await Ballots.TallyAsync(reel, [take], None));
    }

    [Fact]
    public async Task CastAsync_OtherTake_ChangedAndMovesTheCount()
    {
        var reel = ReelId.New();
        var (first, second) = (TakeId.New(), TakeId.New());
        await Ballots.CastAsync(reel, 1, first, "alice", At, None);
        await Ballots.CastAsync(reel, 1, first, "bob", At, None);

        var receipt = await Ballots.CastAsync(reel, 1, second, "alice", At.AddSeconds(1), None);

        Assert.Equal(VoteOutcome.Changed, receipt.Outcome);
        Assert.Equal(first, receipt.Previous);
        Assert.Equal(1, receipt.Votes);
        Assert.Equal(new Dictionary<TakeId, long> { [first] = 1, [second] = 1 }, await Ballots.TallyAsync(reel, [first, second], None));
    }

    [Fact]
    public async Task CastAsync_ChangeFromTheLastVoteOfATake_DropsThatTakeFromTheTally()
    {
        var reel = ReelId.New();
        var (first, second) = (TakeId.New(), TakeId.New());
        await Ballots.CastAsync(reel, 1, first, "alice", At, None);

        var receipt = await Ballots.CastAsync(reel, 1, second, "alice", At.AddSeconds(1), None);

        Assert.Equal(1, receipt.Votes);
        Assert.Equal(new Dictionary<TakeId, long> { [second] = 1 }, await Ballots.TallyAsync(reel, [first, second], None));
    }

    [Fact]
    public async Task CastAsync_SameVoteAgain_UnchangedAndKeepsTheFirstTime()
    {
        var reel = ReelId.New();
        var take = TakeId.New();
        await Ballots.CastAsync(reel, 1, take, "alice", At, None);

        var receipt = await Ballots.CastAsync(reel, 1, take, "alice", At.AddMinutes(5), None);

        Assert.Equal(VoteOutcome.Unchanged, receipt.Outcome);
        Assert.Null(receipt.Previous);
        Assert.Equal(1, receipt.Votes);
        Assert.Equal([new Ballot(1, take, "alice", At)], await Ballots.ListBallotsAsync(reel, None));
    }

    [Fact]
    public async Task CastAsync_TwoSlots_OneVoteInEach()
    {
        var reel = ReelId.New();
        var (first, second) = (TakeId.New(), TakeId.New());

        var receipts = new[]
        {
            await Ballots.CastAsync(reel, 1, first, "alice", At, None),
            await Ballots.CastAsync(reel, 2, second, "alice", At, None),
        };

        Assert.All(receipts, r => Assert.Equal(VoteOutcome.Cast, r.Outcome));
        Assert.Equal(new Dictionary<TakeId, long> { [first] = 1, [second] = 1 }, await Ballots.TallyAsync(reel, [first, second], None));
        Assert.Equal([new Ballot(1, first, "alice", At), new Ballot(2, second, "alice", At)], await Ballots.ListBallotsAsync(reel, None));
    }

    [Fact]
    public async Task CastAsync_SameTakeIdInAnotherReel_CountedApart()
    {
        var (one, other) = (ReelId.New(), ReelId.New());
        var take = TakeId.New();

        await Ballots.CastAsync(one, 1, take, "alice", At, None);
        await Ballots.CastAsync(one, 1, take, "bob", At, None);
        await Ballots.CastAsync(other, 1, take, "alice", At, None);

        Assert.Equal(new Dictionary<TakeId, long> { [take] = 2 }, await Ballots.TallyAsync(one, [take], None));
        Assert.Equal(new Dictionary<TakeId, long> { [take] = 1 }, await Ballots.TallyAsync(other, [take], None));
    }

    [Fact]
    public async Task CastAsync_ManyVotersAtOnce_EachReceiptShowsTheCountRightAfterItsVote()
    {
        var reel = ReelId.New();
        var (first, second) = (TakeId.New(), TakeId.New());
        await Ballots.CastAsync(reel, 1, second, "voter-0", At, None);

        var receipts = await Task.WhenAll(Enumerable.Range(1, 60).Select(i =>
            Ballots.CastAsync(reel, 1, first, $"voter-{i}", At, None)).Append(
            Ballots.CastAsync(reel, 1, first, "voter-0", At, None)));

        // Each vote for the first take was counted at its own moment: its receipt shows a count no other shows.
        Assert.Equal(Enumerable.Range(1, 61).Select(n => (long)n), receipts.Select(r => r.Votes).Order());
        var moved = receipts[^1];
        Assert.Equal((VoteOutcome.Changed, second), (moved.Outcome, moved.Previous));
        Assert.Equal(new Dictionary<TakeId, long> { [first] = 61 }, await Ballots.TallyAsync(reel, [first, second], None));
    }

    [Fact]
    public async Task CastAsync_VotesInSeveralReelsAndSlotsAtOnce_CountsEachWhereCast()
    {
        var reels = new[] { ReelId.New(), ReelId.New() };
        var takes = Enumerable.Range(0, 3).Select(_ => TakeId.New()).ToArray();

        await Task.WhenAll(
            from reel in reels
            from slot in Enumerable.Range(1, 3)
            from voter in Enumerable.Range(0, 10)
            select Ballots.CastAsync(reel, slot, takes[slot - 1], $"voter-{voter}", At, None));

        foreach (var reel in reels)
        {
            Assert.Equal(takes.ToDictionary(t => t, _ => 10L), await Ballots.TallyAsync(reel, takes, None));
            Assert.Equal(30, (await Ballots.ListBallotsAsync(reel, None)).Count);
        }
    }

    [Fact]
    public async Task CastAsync_MoreVotesAtOnceThanOneScriptTakes_EachCountedOnce()
    {
        var reel = ReelId.New();
        var takes = new[] { TakeId.New(), TakeId.New() };

        // 600 first votes released together: more than one script call carries, so they go in several.
        var receipts = await Task.WhenAll(Enumerable.Range(0, 600).Select(i =>
            Task.Run(() => Ballots.CastAsync(reel, (i % 3) + 1, takes[i % 2], $"voter-{i / 3}", At, None))));

        Assert.All(receipts, r => Assert.Equal(VoteOutcome.Cast, r.Outcome));
        Assert.Equal(new Dictionary<TakeId, long> { [takes[0]] = 300, [takes[1]] = 300 }, await Ballots.TallyAsync(reel, takes, None));
        Assert.Equal(600, (await Ballots.ListBallotsAsync(reel, None)).Count);
    }

    [Fact]
    public async Task CastAsync_ServerRefusesTheScript_EveryVoteOfTheCallFailsAndNoneCounts()
    {
        var reel = ReelId.New();
        var take = TakeId.New();
        await _server.Redis.GetDatabase().StringSetAsync(_keys.Ballots(reel), "not a hash");

        var votes = Enumerable.Range(0, 5).Select(i => Ballots.CastAsync(reel, 1, take, $"voter-{i}", At, None)).ToList();

        foreach (var vote in votes)
        {
            await Assert.ThrowsAsync<RedisServerException>(() => vote);
        }

        Assert.Empty(await Ballots.TallyAsync(reel, [take], None));
    }

    [Fact]
    public async Task RevisionAsync_VotesAndDuelPicks_RisesWithEachOneTheSameAgainIncluded()
    {
        var (reel, other) = (ReelId.New(), ReelId.New());
        var (first, second) = (TakeId.New(), TakeId.New());
        var before = await Ballots.RevisionAsync(reel, None);

        await Ballots.CastAsync(reel, 1, first, "alice", At, None);
        await Ballots.CastAsync(reel, 1, first, "alice", At, None);
        await Task.WhenAll(Ballots.CastAsync(reel, 1, second, "alice", At, None), Ballots.CastAsync(reel, 2, second, "bob", At, None));
        await Ballots.RecordDuelAsync(reel, 1, first, second, "carol", At, None);
        await Ballots.CastAsync(other, 1, first, "alice", At, None);

        Assert.Equal(0, before);
        Assert.Equal(5, await Ballots.RevisionAsync(reel, None));
        Assert.Equal(1, await Ballots.RevisionAsync(other, None));
    }

    [Fact]
    public async Task TallyAsync_NoVotes_ReturnsEmpty()
    {
        var tally = await Ballots.TallyAsync(ReelId.New(), [TakeId.New(), TakeId.New()], None);

        Assert.Empty(tally);
    }

    [Fact]
    public async Task TallyAsync_NoTakes_ReturnsEmpty()
    {
        var reel = ReelId.New();
        await Ballots.CastAsync(reel, 1, TakeId.New(), "alice", At, None);

        var tally = await Ballots.TallyAsync(reel, [], None);

        Assert.Empty(tally);
    }

    [Fact]
    public async Task TallyAsync_OnlyTheTakesAskedFor()
    {
        var reel = ReelId.New();
        var (first, second) = (TakeId.New(), TakeId.New());
        await Ballots.CastAsync(reel, 1, first, "alice", At, None);
        await Ballots.CastAsync(reel, 2, second, "alice", At, None);

        var tally = await Ballots.TallyAsync(reel, [second, second], None);

        Assert.Equal(new Dictionary<TakeId, long> { [second] = 1 }, tally);
    }

    [Fact]
    public async Task ListBallotsAsync_SeveralVotersAndSlots_EachCurrentVoteBySlotThenOldestFirst()
    {
        var reel = ReelId.New();
        var (first, second) = (TakeId.New(), TakeId.New());
        await Ballots.CastAsync(reel, 1, first, "carol|with-a-bar", At.AddSeconds(2), None);
        await Ballots.CastAsync(reel, 1, first, "alice", At, None);
        await Ballots.CastAsync(reel, 1, first, "bob", At.AddSeconds(1), None);
        await Ballots.CastAsync(reel, 1, second, "alice", At.AddSeconds(3), None);
        await Ballots.CastAsync(reel, 12, second, "dave:with-a-colon", At, None);

        var ballots = await Ballots.ListBallotsAsync(reel, None);

        Assert.Equal(
            [
                new Ballot(1, first, "bob", At.AddSeconds(1)),
                new Ballot(1, first, "carol|with-a-bar", At.AddSeconds(2)),
                new Ballot(1, second, "alice", At.AddSeconds(3)),
                new Ballot(12, second, "dave:with-a-colon", At),
            ],
            ballots);
    }

    [Fact]
    public async Task ListBallotsAsync_NoVotes_ReturnsEmpty()
    {
        var ballots = await Ballots.ListBallotsAsync(ReelId.New(), None);

        Assert.Empty(ballots);
    }
}
