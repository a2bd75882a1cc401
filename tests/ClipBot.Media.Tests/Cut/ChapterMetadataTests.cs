using ClipBot.Media.Arguments;

namespace ClipBot.Media.Tests.Cut;

public sealed class ChapterMetadataTests
{
    [Fact]
    public void Build_TwoChapters_WritesMillisecondsFromFrames()
    {
        var chapters = new[] { new ChapterMark("One", 0, 124), new ChapterMark("Credits", 124, 274) };

        var text = ChapterMetadata.Build(chapters, 30);

        Assert.Equal(
            ";FFMETADATA1\n" +
            "[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=4133\ntitle=One\n" +
            "[CHAPTER]\nTIMEBASE=1/1000\nSTART=4133\nEND=9133\ntitle=Credits\n",
            text);
    }

    [Fact]
    public void Escape_FormatSpecials_AreBackslashed()
    {
        var escaped = ChapterMetadata.Escape("a=b;c#d\\e\nf");

        Assert.Equal("a\\=b\\;c\\#d\\\\e\\\nf", escaped);
    }

    [Fact]
    public void Escape_OtherControlCharacters_BecomeSpaces()
    {
        var escaped = ChapterMetadata.Escape("tab\there\u0007bell");

        Assert.Equal("tab here bell", escaped);
    }

    [Fact]
    public void Build_HostileTitle_CannotStartASection()
    {
        var chapters = new[] { new ChapterMark("x\n[CHAPTER]\nSTART=0", 0, 30) };

        var text = ChapterMetadata.Build(chapters, 30);

        Assert.Single(text.Split('\n'), line => line == "[CHAPTER]");
    }
}
