using ClipBot.Discord.Interactions;

namespace ClipBot.Discord.Tests.Interactions;

public sealed class DiscordTextTests
{
    [Fact]
    public void Fit_TwoThousandCharacters_Unchanged()
    {
        var text = new string('a', 2000);

        Assert.Same(text, DiscordText.Fit(text, 2000));
    }

    [Fact]
    public void Fit_TwoThousandAndOne_CutToTwoThousandEndingInAnEllipsis()
    {
        var fitted = DiscordText.Fit(new string('a', 2001), 2000);

        Assert.Equal(2000, fitted.Length);
        Assert.Equal(new string('a', 1999) + "…", fitted);
    }

    [Fact]
    public void Fit_CutFallsInsideAnEmoji_KeepsItWhole()
    {
        var text = new string('a', 8) + "😀" + "tail";

        var fitted = DiscordText.Fit(text, 10);

        Assert.Equal(new string('a', 8) + "…", fitted);
    }

    [Fact]
    public void Quote_LinesAndLength_OneShortLine()
    {
        var quoted = DiscordText.Quote("a city\nat dusk", 8);

        Assert.Equal("a city …", quoted);
    }
}
