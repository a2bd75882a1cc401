using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Reels;

public sealed class ReelStandingsTests
{
    private readonly ReelHarness _harness = new();

    [Fact]
    public async Task ForSlotAsync_ByVotes_MostVotesFirstWithTheirCounts()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var (first, second, third) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));
        await _harness.VoteAsync(first, 1);
        await _harness.VoteAsync(second, 3);
        await _harness.VoteAsync(third, 2);

        var standing = await _harness.Standings.ForSlotAsync(reel, reel.Slots[0], CancellationToken.None);

        Assert.Equal([(second.Id, 3L), (third.Id, 2L), (first.Id, 1L)], standing.Takes.Select(t => (t.Take.Id, t.Votes)));
        Assert.Equal(second.Id, standing.Leader?.Take.Id);
        Assert.All(standing.Takes, t => Assert.Null(t.DuelScore));
    }

    [Fact]
    public async Task ForSlotAsync_TiedVotes_TheEarlierTakeFirst()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var (first, second, third) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));
        await _harness.VoteAsync(third, 2);
        await _harness.VoteAsync(second, 2);

        var standing = await _harness.Standings.ForSlotAsync(reel, reel.Slots[0], CancellationToken.None);

        Assert.Equal([second.Id, third.Id, first.Id], standing.Takes.Select(t => t.Take.Id));
    }

    [Theory]
    [MemberData(nameof(TestReels.Unfinished), MemberType = typeof(TestReels))]
    public async Task ForSlotAsync_UnfinishedTake_LeftOut(TakeStatus status)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var unfinished = await _harness.AddTakeAsync(reel, 1, status);
        var ready = await _harness.AddTakeAsync(reel, 1, TakeStatus.Ready);
        await _harness.VoteAsync(unfinished, 5);

        var standing = await _harness.Standings.ForSlotAsync(reel, reel.Slots[0], CancellationToken.None);

        Assert.Equal([ready.Id], standing.Takes.Select(t => t.Take.Id));
    }

    [Fact]
    public async Task ForSlotAsync_NoTakes_NoLeader()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());

        var standing = await _harness.Standings.ForSlotAsync(reel, reel.Slots[0], CancellationToken.None);

        Assert.Empty(standing.Takes);
        Assert.Null(standing.Leader);
    }

    [Fact]
    public async Task ForSlotAsync_DuelMode_RanksByScoreOverVotes()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(rules: new VotingRules(Ranking: RankingMode.Duels)));
        var (voted, picked) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));
        await _harness.VoteAsync(voted, 5);
        await _harness.PickAsync(picked, voted, "v1");
        await _harness.PickAsync(picked, voted, "v2");

        var standing = await _harness.Standings.ForSlotAsync(reel, reel.Slots[0], CancellationToken.None);

        Assert.Equal([picked.Id, voted.Id], standing.Takes.Select(t => t.Take.Id));
        Assert.True(standing.Takes[0].DuelScore > standing.Takes[1].DuelScore);
        Assert.Equal(5, standing.Takes[1].Votes);
    }

    [Fact]
    public async Task ForSlotAsync_DuelModeWithoutPicks_EqualScoresSoTheEarlierTakeLeads()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(rules: new VotingRules(Ranking: RankingMode.Duels)));
        var (first, second) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));

        var standing = await _harness.Standings.ForSlotAsync(reel, reel.Slots[0], CancellationToken.None);

        Assert.Equal([first.Id, second.Id], standing.Takes.Select(t => t.Take.Id));
        Assert.All(standing.Takes, t => Assert.Equal(1, t.DuelScore!.Value, 9));
    }

    [Fact]
    public async Task ForReelAsync_SeveralSlots_OneStandingPerSlotInOrder()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 3));
        var inSecond = await _harness.AddTakeAsync(reel, 2);

        var standings = await _harness.Standings.ForReelAsync(reel, CancellationToken.None);

        Assert.Equal([1, 2, 3], standings.Select(s => s.Slot.Index));
        Assert.Equal([null, inSecond.Id, null], standings.Select(s => s.Leader?.Take.Id));
    }
}
