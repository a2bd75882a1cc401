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
}
