using ClipBot.Media.Local;

namespace ClipBot.Media.Tests.Local;

public sealed class CaptionWrapperTests
{
    [Fact]
    public void Wrap_ShortPrompt_IsKeptExactly()
    {
        var text = CaptionWrapper.Wrap("  it's \"50%\" {pts}  ", 40);

        Assert.Equal("  it's \"50%\" {pts}  ", text);
    }

    [Fact]
    public void Wrap_LongPrompt_BreaksAtSpacesWithinWidth()
    {
        var text = CaptionWrapper.Wrap("one two three four five six seven eight", 10);

        Assert.Equal("one two\nthree four\nfive six\nseven…", text);
    }

    [Fact]
    public void Wrap_NewlinesAndCarriageReturns_BecomeLineBreaks()
    {
        var text = CaptionWrapper.Wrap("first\r\nsecond\rthird", 20);

        Assert.Equal("first\nsecond\nthird", text);
    }

    [Fact]
    public void Wrap_ControlCharacters_BecomeSpaces()
    {
        var text = CaptionWrapper.Wrap("a\tb\u0007c", 20);

        Assert.Equal("a b c", text);
    }

    [Fact]
    public void Wrap_WordLongerThanLine_IsCut()
    {
        var text = CaptionWrapper.Wrap("abcdefghijkl", 5);

        Assert.Equal("abcde\nfghij\nkl", text);
    }

    [Fact]
    public void Wrap_TooManyLines_EndsWithEllipsisOnTheLastKeptLine()
    {
        var text = CaptionWrapper.Wrap("a\nb\nc\nd\ne\nf", 10, maxLines: 3);

        Assert.Equal("a\nb\nc…", text);
    }
}
