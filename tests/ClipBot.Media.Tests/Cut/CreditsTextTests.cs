using ClipBot.Core.Cuts;
using ClipBot.Media.Cut;

namespace ClipBot.Media.Tests.Cut;

public sealed class CreditsTextTests
{
    [Fact]
    public void Build_TwoShots_ListsTitleAuthorPromptAndSeed()
    {
        var shots = new[]
        {
            new CutShot("a", "a.mp4", null, 1, "Opening", "@ana", "a neon city", 7),
            new CutShot("b", "b.mp4", null, 1, string.Empty, string.Empty, "waves\nat night", 42),
        };

        var text = CreditsText.Build(shots, 40);

        Assert.Equal(
            "Credits\n\n1. Opening — @ana · seed 7\n“a neon city”\n\n2. Shot 2 — unknown · seed 42\n“waves at night”\n",
            text);
    }

    [Fact]
    public void Build_LongPrompt_WrapsToThreeLinesAtMost()
    {
        var shots = new[] { new CutShot("a", "a.mp4", null, 1, "T", "A", string.Join(' ', Enumerable.Repeat("word", 60)), 1) };

        var text = CreditsText.Build(shots, 20);

        var lines = text.Split('\n');
        Assert.Equal(3, lines.Count(line => line.StartsWith("word", StringComparison.Ordinal) || line.StartsWith('“')));
        Assert.Contains(lines, line => line.EndsWith('…'));
    }

    [Fact]
    public void Build_EmptySlot_IsLeftOutAndTheOthersKeepTheirNumbers()
    {
        var shots = new[]
        {
            CutShot.Card("slot-1", 1, "Shot 1", "the intro"),
            new CutShot("b", "b.mp4", null, 1, "Verse", "@ana", "waves", 42),
        };

        var text = CreditsText.Build(shots, 40);

        Assert.Equal("Credits\n\n2. Verse — @ana · seed 42\n“waves”\n", text);
    }

    [Fact]
    public void Build_OnlyEmptySlots_SaysThereAreNoTakesYet()
    {
        var shots = new[] { CutShot.Card("slot-1", 1, "Shot 1", "the intro"), CutShot.Card("slot-2", 1, "Shot 2", null) };

        var text = CreditsText.Build(shots, 40);

        Assert.Equal($"Credits\n\n{CreditsText.NoTakes}\n", text);
    }
}
