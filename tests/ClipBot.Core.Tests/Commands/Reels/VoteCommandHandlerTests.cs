using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Reels;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class VoteCommandHandlerTests
{
    private readonly ReelHarness _harness = new();
    private readonly Mock<IReelTimers> _timers = new();

    [Fact]
    public async Task HandleAsync_FirstVote_AcceptedPrivatelyWithTheCount()
    {
        var (_, take) = await ReelWithTakeAsync();

        var outcome = await VoteAsync(take.Id.Value);

        Assert.True(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal($"Your vote for take {take.Id} in shot 1 is in. It has 1 vote.", outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_VoteForAnotherTakeOfTheSlot_SaysTheVoteMoved()
    {
        var (reel, first) = await ReelWithTakeAsync();
        var second = await _harness.AddTakeAsync(reel, 1);
        await _harness.VoteAsync(second, 2);
        await VoteAsync(first.Id.Value);

        var outcome = await VoteAsync(second.Id.Value);

        Assert.True(outcome.Accepted);
        Assert.Equal($"Your vote in shot 1 moved to take {second.Id}. It has 3 votes.", outcome.Reply.Text);
        Assert.Equal(new Dictionary<TakeId, long> { [second.Id] = 3 }, await _harness.Ballots.TallyAsync(reel.Id, [first.Id, second.Id], CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_SameVoteAgain_SaysItAlreadyCounts()
    {
        var (_, take) = await ReelWithTakeAsync();
        await VoteAsync(take.Id.Value);

        var outcome = await VoteAsync(take.Id.Value);

        Assert.True(outcome.Accepted);
        Assert.Equal($"You already vote for take {take.Id} in shot 1. It has 1 vote.", outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_HiddenTallies_ReplyHasNoCount()
    {
        var (_, take) = await ReelWithTakeAsync(rules: new VotingRules(HideTallies: true));
        await _harness.VoteAsync(take, 4);

        var outcome = await VoteAsync(take.Id.Value);

        Assert.Equal($"Your vote for take {take.Id} in shot 1 is in.", outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_IdWithSpacesAndCapitals_FindsTheTake()
    {
        var (_, take) = await ReelWithTakeAsync();

        var outcome = await VoteAsync($"  {take.Id.Value.ToUpperInvariant()} ");

        Assert.True(outcome.Accepted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("abcd2345efgh0")]
    [InlineData("../../etc/pwd")]
    public async Task HandleAsync_NotATakeId_RefusedWithAnExample(string arguments)
    {
        var outcome = await VoteAsync(arguments);

        OutcomeAssert.Refused("Give a take's id, e.g. `/vote abcd2345efgh`; it is under every take.", outcome);
    }

    [Fact]
    public async Task HandleAsync_UnknownTake_RefusedNamingIt()
    {
        var id = TakeId.New();

        var outcome = await VoteAsync(id.Value);

        OutcomeAssert.Refused($"There is no take {id}.", outcome);
    }

    [Fact]
    public async Task HandleAsync_TakeNotInAReel_Refused()
    {
        var take = TestTakes.Create(TakeStatus.Posted);
        _harness.Takes.Seed(take);

        var outcome = await VoteAsync(take.Id.Value);

        OutcomeAssert.Refused($"Take {take.Id} is not part of a reel, so there is nothing to vote on.", outcome);
    }

    [Fact]
    public async Task HandleAsync_TakeOfAReelThatIsGone_RefusedAsNotInAReel()
    {
        var take = TestReels.Take(TestReels.Create(), 1);
        _harness.Takes.Seed(take);

        var outcome = await VoteAsync(take.Id.Value);

        OutcomeAssert.Refused($"Take {take.Id} is not part of a reel, so there is nothing to vote on.", outcome);
    }

    [Fact]
    public async Task HandleAsync_RulesRefuse_RefusedWithTheirReasonAndNothingCast()
    {
        var (reel, take) = await ReelWithTakeAsync(ReelPhase.Locked);

        var outcome = await VoteAsync(take.Id.Value);

        OutcomeAssert.Refused("Voting in “Night Drive” is closed: the reel is locked.", outcome);
        Assert.Empty(await _harness.Ballots.ListBallotsAsync(reel.Id, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_VotingAndTheVoteChangesTheLeader_SchedulesADebouncedRecut()
    {
        _harness.Settings.RecutDelaySeconds = 45;
        var (reel, leader) = await ReelWithTakeAsync(ReelPhase.Voting);
        var challenger = await _harness.AddTakeAsync(reel, 1);
        await _harness.VoteAsync(leader, 1);
        await _harness.VoteAsync(challenger, 1);

        await VoteAsync(challenger.Id.Value);

        _timers.Verify(t => t.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start.AddSeconds(45), false, It.IsAny<CancellationToken>()), Times.Once);
        _timers.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_VotingAndAChangedVoteTakesTheLeadAway_SchedulesARecut()
    {
        var (reel, leader) = await ReelWithTakeAsync(ReelPhase.Voting);
        var challenger = await _harness.AddTakeAsync(reel, 1);
        await VoteAsync(leader.Id.Value);
        _timers.Invocations.Clear();

        await VoteAsync(challenger.Id.Value);

        _timers.Verify(t => t.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start.AddSeconds(30), false, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_VotingAndTheLeaderStays_StillSchedulesTheRecutWhichComparesTheWinners()
    {
        var (reel, leader) = await ReelWithTakeAsync(ReelPhase.Voting);
        var other = await _harness.AddTakeAsync(reel, 1);
        await _harness.VoteAsync(leader, 2);

        await VoteAsync(other.Id.Value);

        _timers.Verify(t => t.ScheduleAsync(reel.Id, ReelTimer.Recut, TestTakes.Start.AddSeconds(30), false, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_VotingAndTheSameVoteAgain_NothingScheduled()
    {
        var (_, take) = await ReelWithTakeAsync(ReelPhase.Voting);
        await VoteAsync(take.Id.Value);
        _timers.Invocations.Clear();

        await VoteAsync(take.Id.Value);

        _timers.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_OpenPhaseAndTheLeaderChanges_NothingScheduled()
    {
        var (reel, leader) = await ReelWithTakeAsync(ReelPhase.Open);
        var challenger = await _harness.AddTakeAsync(reel, 1);
        await _harness.VoteAsync(leader, 1);
        await _harness.VoteAsync(challenger, 1);

        var outcome = await VoteAsync(challenger.Id.Value);

        Assert.True(outcome.Accepted);
        _timers.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_DuelRankedReelInVoting_VotesScheduleNothing()
    {
        var (reel, _) = await ReelWithTakeAsync(ReelPhase.Voting, new VotingRules(Ranking: RankingMode.Duels));
        var challenger = await _harness.AddTakeAsync(reel, 1);

        await VoteAsync(challenger.Id.Value);

        _timers.VerifyNoOtherCalls();
    }

    private async Task<(Reel Reel, Take Take)> ReelWithTakeAsync(ReelPhase phase = ReelPhase.Open, VotingRules? rules = null)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: phase, rules: rules));
        return (reel, await _harness.AddTakeAsync(reel, 1));
    }

    private Task<CommandOutcome> VoteAsync(string arguments)
    {
        var handler = new VoteCommandHandler(
            _harness.Takes, _harness.Reels, _harness.Ballots, _timers.Object, _harness.Options, _harness.Time, NullLogger<VoteCommandHandler>.Instance);
        return handler.HandleAsync(new ChatCommand("vote", arguments, TestReels.Voter, TestReels.Channel), CancellationToken.None);
    }
}
