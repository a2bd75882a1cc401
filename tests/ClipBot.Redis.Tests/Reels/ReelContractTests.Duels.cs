using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.Tests.Reels;

public abstract partial class ReelContractTests
{
    [Fact]
    public async Task RecordDuelAsync_FirstPickOfAPair_Cast()
    {
        var reel = ReelId.New();
        var (a, b) = (TakeId.New(), TakeId.New());

        var outcome = await Ballots.RecordDuelAsync(reel, 1, a, b, "alice", At, None);

        Assert.Equal(VoteOutcome.Cast, outcome);
        Assert.Equal([new DuelPick(a, b, "alice", At)], await Ballots.ListDuelsAsync(reel, 1, None));
    }

    [Fact]
    public async Task RecordDuelAsync_OtherWinnerOfTheSamePair_ChangedAndReplacesThePick()
    {
        var reel = ReelId.New();
        var (a, b) = (TakeId.New(), TakeId.New());
        await Ballots.RecordDuelAsync(reel, 1, a, b, "alice", At, None);

        var outcome = await Ballots.RecordDuelAsync(reel, 1, b, a, "alice", At.AddSeconds(1), None);

        Assert.Equal(VoteOutcome.Changed, outcome);
        Assert.Equal([new DuelPick(b, a, "alice", At.AddSeconds(1))], await Ballots.ListDuelsAsync(reel, 1, None));
    }

    [Fact]
    public async Task RecordDuelAsync_SamePickAgain_UnchangedAndKeepsTheFirstTime()
    {
        var reel = ReelId.New();
        var (a, b) = (TakeId.New(), TakeId.New());
        await Ballots.RecordDuelAsync(reel, 1, a, b, "alice", At, None);

        var outcome = await Ballots.RecordDuelAsync(reel, 1, a, b, "alice", At.AddSeconds(1), None);

        Assert.Equal(VoteOutcome.Unchanged, outcome);
        Assert.Equal([new DuelPick(a, b, "alice", At)], await Ballots.ListDuelsAsync(reel, 1, None));
    }

    [Fact]
    public async Task ListDuelsAsync_PairsVotersAndSlots_OnePickEachPerVoterAndPair()
    {
        var reel = ReelId.New();
        var (a, b, c) = (TakeId.New(), TakeId.New(), TakeId.New());
        await Ballots.RecordDuelAsync(reel, 1, a, b, "alice", At, None);
        await Ballots.RecordDuelAsync(reel, 1, c, a, "alice", At.AddSeconds(1), None);
        await Ballots.RecordDuelAsync(reel, 1, b, a, "bob|x", At.AddSeconds(2), None);
        await Ballots.RecordDuelAsync(reel, 2, a, b, "alice", At, None);

        var picks = await Ballots.ListDuelsAsync(reel, 1, None);

        Assert.Equal(
            [
                new DuelPick(a, b, "alice", At),
                new DuelPick(c, a, "alice", At.AddSeconds(1)),
                new DuelPick(b, a, "bob|x", At.AddSeconds(2)),
            ],
            picks);
    }

    [Fact]
    public async Task RecordDuelAsync_SameTakeTwice_Throws()
    {
        var take = TakeId.New();

        var record = () => Ballots.RecordDuelAsync(ReelId.New(), 1, take, take, "alice", At, None);

        await Assert.ThrowsAsync<ArgumentException>(record);
    }
}
