using ClipBot.Core.Reels;

namespace ClipBot.Core.Tests.Reels;

public sealed class StyleLockTests
{
    private static readonly StyleLock Banning = new() { BannedWords = ["gore", "logo"] };

    [Theory]
    [InlineData("a Logo on a wall", "logo")]
    [InlineData("gore!", "gore")]
    [InlineData("\"gore\" and logo", "gore")]
    [InlineData("line one\ngore", "gore")]
    public void FindBanned_BannedWordAsAWord_ThatBannedWord(string prompt, string banned)
    {
        var found = Banning.FindBanned(prompt);

        Assert.Equal(banned, found);
    }

    [Theory]
    [InlineData("gorgeous logos")]
    [InlineData("folklore")]
    [InlineData("")]
    public void FindBanned_OnlyInsideOtherWords_Null(string prompt)
    {
        var found = Banning.FindBanned(prompt);

        Assert.Null(found);
    }

    [Fact]
    public void Apply_EveryPart_PrefixBriefPromptSuffixJoinedWithCommas()
    {
        var style = new StyleLock(" 35mm film ", "grainy");

        var prompt = style.Apply("neon rain", " a car ");

        Assert.Equal("35mm film, a car, neon rain, grainy", prompt);
    }

    [Fact]
    public void Apply_NoStyleNoBrief_ThePromptAsIs()
    {
        var prompt = StyleLock.None.Apply("neon rain", "  ");

        Assert.Equal("neon rain", prompt);
    }

    [Theory]
    [InlineData("35mm film", "grainy", "a car")]
    [InlineData("35mm film", null, null)]
    [InlineData(null, "grainy", "a car")]
    [InlineData(null, null, null)]
    public void Remove_PromptApplyMade_TheFansWords(string? prefix, string? suffix, string? brief)
    {
        var style = new StyleLock(prefix, suffix);

        var words = style.Remove(style.Apply("neon rain, at night", brief), brief);

        Assert.Equal("neon rain, at night", words);
    }

    [Fact]
    public void Remove_BriefChangedSince_KeepsTheOldBrief()
    {
        var style = new StyleLock("35mm film");

        var words = style.Remove("35mm film, a car, neon rain", "a bike");

        Assert.Equal("a car, neon rain", words);
    }
}
