using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Reels;
using Moq;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class PickCommandHandlerTests
{
    private const string UnknownButton = "That duel button is not one ClipBot knows; ask for a new duel with `/reel duel <shot>`.";
    private const string Gone = "That duel is gone: one of its takes or its reel no longer exists.";

    private readonly ReelHarness _harness = new();
    private readonly Mock<IReelTimers> _timers = new();

    [Theory]
    [InlineData("")]
    [InlineData("abcd2345 1 abcd2345efgh")]
    [InlineData("abcd2345 1 abcd2345efgh abcd2345efgi extra")]
    [InlineData("ABCD2345 1 abcd2345efgh abcd2345efgi")]
    [InlineData("abcd2345 one abcd2345efgh abcd2345efgi")]
    [InlineData("abcd2345 -1 abcd2345efgh abcd2345efgi")]
    [InlineData("abcd2345 1 abcd2345efgh nope")]
    [InlineData("abcd2345 1 abcd2345efgh abcd2345efgh")]
    public async Task HandleAsync_MalformedArguments_RefusedAsAnUnknownButton(string arguments)
    {
        var outcome = await PickAsync(arguments);

        OutcomeAssert.Refused(UnknownButton, outcome);
    }

    [Fact]
    public async Task HandleAsync_UnknownReel_RefusedAsGone()
    {
        var reel = TestReels.Create();
        var (winner, loser) = (TestReels.Take(reel, 1), TestReels.Take(reel, 1));
        _harness.Takes.Seed(winner);
        _harness.Takes.Seed(loser);

        var outcome = await PickAsync(winner, loser);

        Assert.Equal(Gone, outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_UnknownTake_RefusedAsGone()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var winner = await _harness.AddTakeAsync(reel, 1);

        var outcome = await PickAsync(winner, TestReels.Take(reel, 1));

        Assert.Equal(Gone, outcome.Reply.Text);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    public async Task HandleAsync_TakesOfAnotherSlot_RefusedAsGoneAndNothingRecorded(int winnerSlot, int loserSlot)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var (winner, loser) = (await _harness.AddTakeAsync(reel, winnerSlot), await _harness.AddTakeAsync(reel, loserSlot));

        var outcome = await PickAsync($"{reel.Id} 1 {winner.Id} {loser.Id}");

        OutcomeAssert.Refused(Gone, outcome);
        Assert.Empty(await _harness.Ballots.ListDuelsAsync(reel.Id, 1, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_LoserOfAnotherReel_RefusedAsGone()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var other = await _harness.AddReelAsync(TestReels.Create(channel: ChannelRef.Studio));
        var (winner, loser) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(other, 1));

        var outcome = await PickAsync(winner, loser);

        Assert.Equal(Gone, outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_RulesRefuse_RefusedWithTheirReasonAndNothingRecorded()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var (winner, loser) = (await _harness.AddTakeAsync(reel, 1, author: TestReels.Voter), await _harness.AddTakeAsync(reel, 1));

        var outcome = await PickAsync(winner, loser);

        OutcomeAssert.Refused("You cannot vote for your own take in this reel.", outcome);
        Assert.Empty(await _harness.Ballots.ListDuelsAsync(reel.Id, 1, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_FirstPick_RecordedAndThanked()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var (winner, loser) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));

        var outcome = await PickAsync(winner, loser);

        Assert.True(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal($"You picked take {winner.Id}. Thanks!", outcome.Reply.Text);
        Assert.Equal([new DuelPick(winner.Id, loser.Id, TestReels.Voter.Id, TestTakes.Start)], await _harness.Ballots.ListDuelsAsync(reel.Id, 1, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_OtherSideOfTheSamePair_ReplacesThePick()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var (first, second) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));
        await PickAsync(first, second);

        var outcome = await PickAsync(second, first);

        Assert.Equal($"You now pick take {second.Id} in this duel.", outcome.Reply.Text);
        Assert.Equal([second.Id], (await _harness.Ballots.ListDuelsAsync(reel.Id, 1, CancellationToken.None)).Select(p => p.Winner));
    }

    [Fact]
    public async Task HandleAsync_ButtonOfADuel_ReachesTheHandlerAndIsRecorded()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var (winner, loser) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));
        var command = ChatActions.ToCommand(ChatActions.Pick(reel.Id, 1, winner.Id, loser.Id), TestReels.Voter, TestReels.Channel)!;

        var outcome = await Handler().HandleAsync(command, CancellationToken.None);

        Assert.True(outcome.Accepted, outcome.Reply.Text);
        Assert.Single(await _harness.Ballots.ListDuelsAsync(reel.Id, 1, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_VotingReelRankedByDuels_SchedulesADebouncedRecut()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Voting, rules: new VotingRules(Ranking: RankingMode.Duels)));
        var (winner, loser) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));

        await PickAsync(winner, loser);

        _timers.Verify(t => t.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start.AddSeconds(30), false, It.IsAny<CancellationToken>()), Times.Once);
        _timers.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_SamePickAgain_NothingScheduled()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Voting, rules: new VotingRules(Ranking: RankingMode.Duels)));
        var (winner, loser) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));
        await PickAsync(winner, loser);
        _timers.Invocations.Clear();

        await PickAsync(winner, loser);

        _timers.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData(ReelPhase.Open, RankingMode.Duels)]
    [InlineData(ReelPhase.Voting, RankingMode.Votes)]
    public async Task HandleAsync_NotVotingOrNotRankedByDuels_NothingScheduled(ReelPhase phase, RankingMode ranking)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: phase, rules: new VotingRules(Ranking: ranking)));
        var (winner, loser) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));

        var outcome = await PickAsync(winner, loser);

        Assert.True(outcome.Accepted);
        _timers.VerifyNoOtherCalls();
    }

    private PickCommandHandler Handler() =>
        new(_harness.Takes, _harness.Reels, _harness.Ballots, _timers.Object, _harness.Options, _harness.Time);

    private Task<CommandOutcome> PickAsync(Take winner, Take loser) =>
        PickAsync($"{winner.Reel} {winner.Parameters.Slot} {winner.Id} {loser.Id}");

    private Task<CommandOutcome> PickAsync(string arguments) =>
        Handler().HandleAsync(new ChatCommand("pick", arguments, TestReels.Voter, TestReels.Channel), CancellationToken.None);
}
