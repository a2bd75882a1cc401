using System.Globalization;
using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Reels;
using ClipBot.Core.Tests.Reels;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class ReelStandingsCommandTests
{
    private readonly ReelHarness _harness = new();

    [Fact]
    public async Task HandleAsync_TalliesShown_EachShotsLeaderVotesAndTakes()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 3, phase: ReelPhase.Voting));
        var (leader, other, single) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 3));
        await _harness.VoteAsync(leader, 3);
        await _harness.VoteAsync(other, 1);
        await _harness.VoteAsync(single, 1);

        var outcome = await StandingsAsync(reel);

        Assert.Equal(
            "Standings of “Night Drive” (in voting):"
            + $"\n1. take {leader.Id} by Ana, 3 votes (2 takes)"
            + "\n2. no takes yet"
            + $"\n3. take {single.Id} by Ana, 1 vote (1 take)",
            outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_Always_PublicAndAccepted()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());

        var outcome = await StandingsAsync(reel);

        Assert.True(outcome.Accepted);
        Assert.False(outcome.Reply.Ephemeral);
    }

    [Theory]
    [InlineData(ReelPhase.Open)]
    [InlineData(ReelPhase.Voting)]
    public async Task HandleAsync_TalliesHiddenBeforeLock_OnlyHowManyTakes(ReelPhase phase)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 2, phase: phase, rules: new VotingRules(HideTallies: true)));
        var leader = await _harness.AddTakeAsync(reel, 1);
        await _harness.AddTakeAsync(reel, 1);
        await _harness.VoteAsync(leader, 3);

        var outcome = await StandingsAsync(reel);

        Assert.EndsWith("\n1. 2 takes; hidden until the vote closes\n2. no takes yet", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(leader.Id.Value, outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TalliesHiddenButLocked_ShowsTheWinners()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 1, phase: ReelPhase.Locked, rules: new VotingRules(HideTallies: true)));
        var leader = await _harness.AddTakeAsync(reel, 1);
        await _harness.VoteAsync(leader, 2);

        var outcome = await StandingsAsync(reel);

        Assert.EndsWith($"\n1. take {leader.Id} by Ana, 2 votes (1 take)", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_DuelRanking_LeaderWithItsDuelScore()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 1, rules: new VotingRules(Ranking: RankingMode.Duels)));
        var (first, second) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 1));
        await _harness.PickAsync(second, first, "v1");
        var score = DuelRanking.Score([first.Id, second.Id], await _harness.Ballots.ListDuelsAsync(reel.Id, 1, CancellationToken.None))[second.Id];

        var outcome = await StandingsAsync(reel);

        Assert.EndsWith($"\n1. take {second.Id} by Ana, duel score {score.ToString("0.00", CultureInfo.InvariantCulture)} (2 takes)", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TooManyShotsForAMessage_CutSayingThereIsMore()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 200));
        for (var slot = 1; slot <= 200; slot++)
        {
            await _harness.AddTakeAsync(reel, slot);
        }

        var outcome = await StandingsAsync(reel);

        Assert.InRange(outcome.Reply.Text.Length, 1000, 2000);
        Assert.EndsWith("\n… and more; the Studio shows every shot.", outcome.Reply.Text, StringComparison.Ordinal);
    }

    private Task<CommandOutcome> StandingsAsync(Reel reel) =>
        new ReelStandingsCommand(_harness.Standings).HandleAsync(TestReels.Invocation("standings", string.Empty, reel, TestReels.Voter), CancellationToken.None);
}
