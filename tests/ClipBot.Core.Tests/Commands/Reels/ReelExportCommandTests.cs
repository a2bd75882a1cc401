using System.Text;
using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Reels;
using ClipBot.Core.Tests.Reels;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class ReelExportCommandTests
{
    private readonly ReelHarness _harness = new();

    [Fact]
    public async Task HandleAsync_Always_PrivateReplyCountingTheBallotsWithThreeFiles()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 2));
        await _harness.VoteAsync(await _harness.AddTakeAsync(reel, 1), 2);
        await _harness.VoteAsync(await _harness.AddTakeAsync(reel, 2), 1);

        var outcome = await ExportAsync(reel);

        Assert.True(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal("The records of “Night Drive”: 3 ballots, the credits and the shot list.", outcome.Reply.Text);
        Assert.Equal(
            [($"reel-{reel.Id}-ballots.csv", "text/csv"), ($"reel-{reel.Id}-credits.txt", "text/plain"), ($"reel-{reel.Id}-shots.json", "application/json")],
            outcome.Reply.Files.Select(f => (f.Name, f.ContentType)));
    }

    [Fact]
    public async Task HandleAsync_BallotsInSeveralSlots_CsvHasEveryBallotOfEverySlot()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 3));
        var (first, third) = (await _harness.AddTakeAsync(reel, 1), await _harness.AddTakeAsync(reel, 3));
        await _harness.VoteAsync(first, 2);
        await _harness.VoteAsync(third, 1);
        var ballots = await _harness.Ballots.ListBallotsAsync(reel.Id, CancellationToken.None);

        var outcome = await ExportAsync(reel);

        Assert.Equal(ReelExport.BallotsCsv(ballots), Text(outcome, 0));
        Assert.Equal(4, Text(outcome, 0).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task HandleAsync_Leaders_CreditsFileNamesThem()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 2));
        var take = await _harness.AddTakeAsync(reel, 1);

        var outcome = await ExportAsync(reel);

        Assert.Equal(ReelExport.Credits(reel, await _harness.Standings.ForReelAsync(reel, CancellationToken.None)), Text(outcome, 1));
        Assert.Contains($"Shot 1 (0:00.0–0:04.0): Ana — “{take.Parameters.Prompt}” (seed 7)", Text(outcome, 1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Always_ShotsFileIsTheShotList()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 2));

        var outcome = await ExportAsync(reel);

        Assert.Equal(ReelExport.ShotsJson(reel), Text(outcome, 2));
    }

    private static string Text(CommandOutcome outcome, int file) => Encoding.UTF8.GetString(outcome.Reply.Files[file].Content);

    private Task<CommandOutcome> ExportAsync(Reel reel) =>
        new ReelExportCommand(_harness.Ballots, _harness.Standings).HandleAsync(TestReels.Invocation("export", string.Empty, reel), CancellationToken.None);
}
