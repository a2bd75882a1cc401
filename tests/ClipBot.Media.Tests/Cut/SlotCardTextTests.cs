using ClipBot.Media.Arguments;
using ClipBot.Media.Cut;

namespace ClipBot.Media.Tests.Cut;

public sealed class SlotCardTextTests
{
    private static readonly SlotCardLayout Layout = new(320, 180, 30, 30);

    [Fact]
    public void Title_Long_IsOneLineEndingInAnEllipsis()
    {
        var title = SlotCardText.Title("The second chorus\nwhere everything explodes", Layout);

        Assert.Equal("The second chorus…", title);
        Assert.True(title.Length <= Layout.TitleMaxChars, $"{title.Length} characters, {Layout.TitleMaxChars} fit");
    }

    [Fact]
    public void Brief_WithLineBreaks_IsWrappedAsOneParagraph()
    {
        var brief = SlotCardText.Brief("rain\r\n\non the   windows, a lone cyclist passes under the flickering neon signs", Layout);

        var lines = brief.Split('\n');
        Assert.StartsWith("rain on the windows,", lines[0], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.InRange(line.Length, 1, Layout.BriefMaxChars));
    }

    [Fact]
    public void Brief_Long_StopsAtTheLastLineWithAnEllipsis()
    {
        var brief = SlotCardText.Brief(string.Join(' ', Enumerable.Repeat("word", 80)), Layout);

        var lines = brief.Split('\n');
        Assert.Equal(SlotCardLayout.BriefMaxLines, lines.Length);
        Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_Empty_IsEmpty()
    {
        var brief = SlotCardText.Brief(" \n ", Layout);

        Assert.Equal(string.Empty, brief);
    }
}
