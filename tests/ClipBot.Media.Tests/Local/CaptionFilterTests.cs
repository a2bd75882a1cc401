using ClipBot.Media.Local;

namespace ClipBot.Media.Tests.Local;

public sealed class CaptionFilterTests
{
    [Fact]
    public void Build_Path_ReadsTextFromFileWithoutExpansion()
    {
        var filter = CaptionFilter.Build("/w/caption.txt", "/fonts/Sans.ttf", CaptionStyle.For(1280, 720));

        Assert.StartsWith("drawtext=fontfile=/fonts/Sans.ttf:textfile=/w/caption.txt:expansion=none:", filter, StringComparison.Ordinal);
        Assert.Contains("y=h-text_h-", filter, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PathWithSpecials_IsEscaped()
    {
        var filter = CaptionFilter.Build("/w/it's: [x]/caption.txt", null, CaptionStyle.For(720, 720));

        Assert.Contains(@"textfile=/w/it\\\'s\\:\\\ \[x\]/caption.txt:", filter, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoFontFile_AsksFontconfigForSans()
    {
        var filter = CaptionFilter.Build("/w/caption.txt", null, CaptionStyle.For(720, 1280));

        Assert.StartsWith("drawtext=font=Sans:", filter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1280, 720, 36)]
    [InlineData(720, 1280, 36)]
    [InlineData(720, 900, 36)]
    public void For_Canvas_ScalesFontWithTheShortSide(int width, int height, int expectedFont)
    {
        var style = CaptionStyle.For(width, height);

        Assert.Equal(expectedFont, style.FontSize);
        Assert.InRange(style.MaxCharsPerLine * style.FontSize * 0.58, width * 0.8, width * 0.9);
    }
}
