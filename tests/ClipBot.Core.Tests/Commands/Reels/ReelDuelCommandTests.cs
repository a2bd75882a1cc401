using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Reels;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class ReelDuelCommandTests
{
    private readonly ReelHarness _harness = new();

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("one")]
    [InlineData("1 2")]
    public async Task HandleAsync_NoSuchShot_RefusedWithTheRange(string arguments)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 3));

        var outcome = await DuelAsync(reel, arguments);

        OutcomeAssert.Refused("Give a shot number from 1 to 3: `/reel duel 3`.", outcome);
    }

    [Fact]
    public async Task HandleAsync_LockedReel_RefusedAsOver()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Locked));
        await _harness.AddTakeAsync(reel, 1);
        await _harness.AddTakeAsync(reel, 1);

        var outcome = await DuelAsync(reel, "1");

        OutcomeAssert.Refused("“Night Drive” is locked; its duels are over.", outcome);
    }

    [Fact]
    public async Task HandleAsync_FewerThanTwoFinishedTakes_RefusedCountingTheFinishedOnes()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        await _harness.AddTakeAsync(reel, 1);
        await _harness.AddTakeAsync(reel, 1, TakeStatus.Generating);

        var outcome = await DuelAsync(reel, "1");

        OutcomeAssert.Refused("Shot 1 needs two finished takes for a duel; it has 1.", outcome);
    }

    [Fact]
    public async Task HandleAsync_TwoTakes_PublicDuelShowingBothSideBySide()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var (first, second) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));

        var outcome = await DuelAsync(reel, "1");

        Assert.True(outcome.Accepted);
        Assert.False(outcome.Reply.Ephemeral);
        Assert.Equal(new HashSet<TakeId> { first.Id, second.Id }, outcome.Reply.SideBySide.ToHashSet());
        var (left, right) = (outcome.Reply.SideBySide[0], outcome.Reply.SideBySide[1]);
        Assert.Equal($"Duel for shot 1: which take is better, left ({left}) or right ({right})?", outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_TwoTakes_EachButtonPicksItsSideOverTheOther()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        await _harness.AddTakeAsync(reel, 2);
        await _harness.AddTakeAsync(reel, 2);

        var outcome = await DuelAsync(reel, "2");

        var (left, right) = (outcome.Reply.SideBySide[0], outcome.Reply.SideBySide[1]);
        Assert.Equal(
            [new ChatButton("◀ Left", ChatActions.Pick(reel.Id, 2, left, right)), new ChatButton("Right ▶", ChatActions.Pick(reel.Id, 2, right, left))],
            outcome.Reply.Buttons);
    }

    [Fact]
    public async Task HandleAsync_SomePairsPickedMore_OffersTheLeastPickedPair()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var (a, b, c) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));
        await _harness.PickAsync(a, b, "v1");
        await _harness.PickAsync(b, a, "v2");
        await _harness.PickAsync(c, a, "v1");

        for (var i = 0; i < 20; i++)
        {
            var outcome = await DuelAsync(reel, "1");

            Assert.Equal(new HashSet<TakeId> { b.Id, c.Id }, outcome.Reply.SideBySide.ToHashSet());
        }
    }

    [Fact]
    public async Task HandleAsync_PicksOfOtherSlots_NotCounted()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var (a, b, c) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));
        await _harness.PickAsync(a, b, "v1");
        await _harness.PickAsync(a, c, "v1");
        await _harness.Ballots.RecordDuelAsync(reel.Id, 2, b.Id, c.Id, "v1", TestTakes.Start, CancellationToken.None);

        var outcome = await DuelAsync(reel, "1");

        Assert.Equal(new HashSet<TakeId> { b.Id, c.Id }, outcome.Reply.SideBySide.ToHashSet());
    }

    private Task<CommandOutcome> DuelAsync(Reel reel, string arguments) =>
        new ReelDuelCommand(_harness.Standings, _harness.Ballots).HandleAsync(TestReels.Invocation("duel", arguments, reel, TestReels.Voter), CancellationToken.None);
}
