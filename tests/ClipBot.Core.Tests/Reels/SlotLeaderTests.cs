using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Reels;

public sealed class SlotLeaderTests
{
    private readonly TakeId _first = TakeId.New();
    private readonly TakeId _second = TakeId.New();
    private readonly TakeId _third = TakeId.New();

    [Fact]
    public void ByVotes_OneTakeHasMost_ThatTake()
    {
        var tally = new Dictionary<TakeId, long> { [_first] = 1, [_second] = 3, [_third] = 2 };

        var leader = SlotLeader.ByVotes(tally, [_first, _second, _third]);

        Assert.Equal(_second, leader);
    }

    [Fact]
    public void ByVotes_Tie_TheTakeMadeFirst()
    {
        var tally = new Dictionary<TakeId, long> { [_third] = 2, [_second] = 2 };

        var leader = SlotLeader.ByVotes(tally, [_first, _second, _third]);

        Assert.Equal(_second, leader);
    }

    [Fact]
    public void ByVotes_NoVotes_NoLeader()
    {
        var tally = new Dictionary<TakeId, long>();

        var leader = SlotLeader.ByVotes(tally, [_first, _second]);

        Assert.Null(leader);
    }

    [Fact]
    public void ByVotes_VotedTakeNotFiledInTheSlot_Ignored()
    {
        var tally = new Dictionary<TakeId, long> { [_first] = 1, [_third] = 5 };

        var leader = SlotLeader.ByVotes(tally, [_first, _second]);

        Assert.Equal(_first, leader);
    }

    [Fact]
    public void Before_FirstVote_TakesTheVoteAway()
    {
        var receipt = new VoteReceipt(VoteOutcome.Cast, null, new Dictionary<TakeId, long> { [_first] = 2, [_second] = 1 });

        var before = SlotLeader.Before(receipt, _first);

        Assert.Equal(new Dictionary<TakeId, long> { [_first] = 1, [_second] = 1 }, before);
    }

    [Fact]
    public void Before_ChangedVote_GivesTheVoteBackToThePreviousTake()
    {
        var receipt = new VoteReceipt(VoteOutcome.Changed, _first, new Dictionary<TakeId, long> { [_second] = 1 });

        var before = SlotLeader.Before(receipt, _second);

        Assert.Equal(new Dictionary<TakeId, long> { [_first] = 1, [_second] = 0 }, before);
    }

    [Fact]
    public void Before_UnchangedVote_TheSameTally()
    {
        var tally = new Dictionary<TakeId, long> { [_first] = 2 };
        var receipt = new VoteReceipt(VoteOutcome.Unchanged, null, tally);

        var before = SlotLeader.Before(receipt, _first);

        Assert.Equal(tally, before);
    }
}
