using ClipBot.Media.Local;

namespace ClipBot.Media.Tests.Local;

public sealed class PromptWordsTests
{
    [Fact]
    public void From_Punctuation_SplitsIntoLowercaseWords()
    {
        var words = PromptWords.From("A Neon-City, at DUSK!");

        Assert.Equal(["a", "neon", "city", "at", "dusk"], words.Words);
    }

    [Fact]
    public void From_StyleAndNegative_StyleAddsAndNegativeRemoves()
    {
        var words = PromptWords.From("city by the sea", style: "pastel", negative: "city");

        Assert.Equal(["by", "the", "sea", "pastel"], words.Words);
    }
}
