using ClipBot.Media.Local;

namespace ClipBot.Media.Tests.Local;

public sealed class CaptionFontTests
{
    [Fact]
    public void FontFile_FirstCandidateMissing_TakesTheNextThatExists()
    {
        var existing = typeof(CaptionFontTests).Assembly.Location;

        var font = new CaptionFont(["/nonexistent/font.ttf", existing]);

        Assert.Equal(existing, font.FontFile);
    }

    [Fact]
    public void FontFile_NoCandidateExists_IsNull()
    {
        var font = new CaptionFont(["/nonexistent/font.ttf"]);

        Assert.Null(font.FontFile);
    }
}
