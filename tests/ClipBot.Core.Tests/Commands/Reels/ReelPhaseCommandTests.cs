using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Reels;
using ClipBot.Core.Tests.Reels;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class ReelPhaseCommandTests
{
    private readonly ReelHarness _harness = new();
    private readonly Mock<IReelTimers> _timers = new();

    [Theory]
    [InlineData("vote", ReelPhase.Open, ReelPhase.Voting)]
    [InlineData("lock", ReelPhase.Voting, ReelPhase.Locked)]
    [InlineData("open", ReelPhase.Voting, ReelPhase.Open)]
    public async Task HandleAsync_EachName_MovesTheReelToItsPhase(string name, ReelPhase from, ReelPhase to)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: from));

        var outcome = await RunAsync(reel, name, string.Empty);

        Assert.True(outcome.Accepted, outcome.Reply.Text);
        Assert.Equal(to, _harness.Reels.Get(reel.Id).Phase);
    }

    [Theory]
    [InlineData("open", ReelPhase.Voting, "“Night Drive” is open for takes: `/clip <prompt> --slot N`.")]
    [InlineData("vote", ReelPhase.Open, "“Night Drive” is in voting: no new takes; vote with the button under a take. The cut follows the leaders.")]
    [InlineData("lock", ReelPhase.Voting, "“Night Drive” is locked. The final cut is being rendered and will be posted here.")]
    public async Task HandleAsync_Changed_PublicReplySayingWhatItMeans(string name, ReelPhase from, string reply)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: from));

        var outcome = await RunAsync(reel, name, string.Empty);

        Assert.False(outcome.Reply.Ephemeral);
        Assert.Equal(reply, outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_VoteUntil_SchedulesTheLockAndSaysWhen()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open));

        var outcome = await RunAsync(reel, "vote", "--until 2h");

        Assert.Equal(new PhaseSchedule(ReelPhase.Locked, TestTakes.Start.AddHours(2)), _harness.Reels.Get(reel.Id).Schedule);
        Assert.EndsWith(" It will be locked at 2025-06-01 14:00 UTC.", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_OpenUntilATime_SchedulesVotingThen()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Voting));

        var outcome = await RunAsync(reel, "open", "--until 2025-06-03T18:30Z");

        Assert.Equal(new PhaseSchedule(ReelPhase.Voting, new DateTimeOffset(2025, 6, 3, 18, 30, 0, TimeSpan.Zero)), _harness.Reels.Get(reel.Id).Schedule);
        Assert.EndsWith(" It will be in voting at 2025-06-03 18:30 UTC.", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_LockUntil_RefusedAsLockIsFinal()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Voting));

        var outcome = await RunAsync(reel, "lock", "--until 2h");

        OutcomeAssert.Refused("A locked reel stays locked; `--until` works with `/reel open` and `/reel vote`.", outcome);
        Assert.Equal(ReelPhase.Voting, _harness.Reels.Get(reel.Id).Phase);
    }

    [Theory]
    [InlineData("--until soon", "`--until soon` is not a time: use a span like 90m, 2h or 3d, or a time like 2026-12-01T20:00Z.")]
    [InlineData("--until 2025-05-01T00:00Z", "`--until 2025-05-01T00:00Z` has passed; give a time in the future.")]
    [InlineData("--until 91d", "`--until 91d` is too far off: at most 90 days from now.")]
    [InlineData("--until", "`--until` needs a value: a span like 90m, 2h or 3d, or a time like 2026-12-01T20:00Z.")]
    [InlineData("now please", "`/reel vote` takes only `--until`, e.g. `/reel vote --until 2h`.")]
    [InlineData("--at 2h", "Unknown flag `--at`. Allowed flags: --until.")]
    public async Task HandleAsync_BadArguments_RefusedSayingWhatIsAllowedAndNothingChanged(string arguments, string message)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Open));

        var outcome = await RunAsync(reel, "vote", arguments);

        OutcomeAssert.Refused(message, outcome);
        Assert.Equal(0, _harness.Reels.Saves);
    }

    [Fact]
    public async Task HandleAsync_AlreadyInThatPhase_RefusedPrivately()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: ReelPhase.Voting));

        var outcome = await RunAsync(reel, "vote", string.Empty);

        OutcomeAssert.Refused("“Night Drive” is already in voting.", outcome);
    }

    private Task<CommandOutcome> RunAsync(Reel reel, string name, string arguments)
    {
        var phases = new ReelPhases(_harness.Updater, _timers.Object, _harness.Time, NullLogger<ReelPhases>.Instance);
        return new ReelPhaseCommand(phases, _harness.Time).HandleAsync(TestReels.Invocation(name, arguments, reel), CancellationToken.None);
    }
}
