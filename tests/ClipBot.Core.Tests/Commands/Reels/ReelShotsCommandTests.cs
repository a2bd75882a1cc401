using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Reels;
using ClipBot.Core.Tests.Reels;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class ReelShotsCommandTests
{
    [Fact]
    public async Task HandleAsync_FewShots_EveryShotWithTimesLengthLabelAndBrief()
    {
        var reel = TestReels.Create() with
        {
            Slots = [new Slot(1, 0, 4), new Slot(2, 4, 2.5, Label: "chorus"), new Slot(3, 6.5, 63.5, Brief: "a car on a night road")],
        };

        var outcome = await ShotsAsync(reel);

        Assert.Equal(
            "“Night Drive”: 3 shots, open for takes."
            + "\n1. 0:00.0–0:04.0 (4 s)"
            + "\n2. 0:04.0–0:06.5 (2.5 s) [chorus]"
            + "\n3. 0:06.5–1:10.0 (63.5 s): a car on a night road",
            outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_Always_PrivateAndAccepted()
    {
        var outcome = await ShotsAsync(TestReels.Create());

        Assert.True(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
    }

    [Fact]
    public async Task HandleAsync_LongBrief_CutToOneHundredCharacters()
    {
        var reel = TestReels.Create() with { Slots = [new Slot(1, 0, 4, Brief: new string('b', 150))] };

        var outcome = await ShotsAsync(reel);

        Assert.EndsWith($": {new string('b', 100)}…", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ListTooLongForAMessage_CutSayingHowManyMore()
    {
        var reel = TestReels.Create() with
        {
            Slots = [.. Enumerable.Range(1, 200).Select(i => new Slot(i, (i - 1) * 2.0, 2, Brief: new string('b', 60)))],
        };

        var outcome = await ShotsAsync(reel);

        var lines = outcome.Reply.Text.Split('\n');
        var shown = lines.Length - 2;
        Assert.InRange(outcome.Reply.Text.Length, 1000, 2000);
        Assert.Equal($"… and {200 - shown} more; the Studio shows them all.", lines[^1]);
        Assert.StartsWith($"{shown}. ", lines[^2], StringComparison.Ordinal);
    }

    private static Task<CommandOutcome> ShotsAsync(Reel reel) =>
        new ReelShotsCommand().HandleAsync(TestReels.Invocation("shots", string.Empty, reel, TestReels.Voter), CancellationToken.None);
}
