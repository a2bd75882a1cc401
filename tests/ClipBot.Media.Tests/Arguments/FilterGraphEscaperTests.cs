using ClipBot.Media.Arguments;

namespace ClipBot.Media.Tests.Arguments;

public sealed class FilterGraphEscaperTests
{
    [Theory]
    [InlineData("/tmp/plain/caption.txt", "/tmp/plain/caption.txt")]
    [InlineData("a:b", @"a\:b")]
    [InlineData("it's", @"it\'s")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("two words", @"two\ words")]
    public void EscapeOptionValue_SpecialCharacters_AreBackslashed(string value, string expected)
    {
        var escaped = FilterGraphEscaper.EscapeOptionValue(value);

        Assert.Equal(expected, escaped);
    }

    [Theory]
    [InlineData("[in]", @"\[in\]")]
    [InlineData("a,b;c", @"a\,b\;c")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("it's", @"it\'s")]
    public void EscapeForGraph_GraphSeparators_AreBackslashed(string text, string expected)
    {
        var escaped = FilterGraphEscaper.EscapeForGraph(text);

        Assert.Equal(expected, escaped);
    }

    [Fact]
    public void EscapeValue_ColonAndQuote_AreEscapedAtBothLevels()
    {
        var escaped = FilterGraphEscaper.EscapeValue("/w/it's:a");

        // Level one gives /w/it\'s\:a; level two escapes those backslashes and the quote again.
        Assert.Equal(@"/w/it\\\'s\\:a", escaped);
    }

    [Fact]
    public void EscapeValue_GraphSeparators_AreEscapedOnce()
    {
        var escaped = FilterGraphEscaper.EscapeValue("/w/[a],b;c");

        Assert.Equal(@"/w/\[a\]\,b\;c", escaped);
    }

    [Fact]
    public void EscapeValue_LeadingAndTrailingSpaces_AreKept()
    {
        var escaped = FilterGraphEscaper.EscapeValue(" x ");

        Assert.Equal(@"\\\ x\\\ ", escaped);
    }

    [Fact]
    public void EscapeValue_PlainPath_IsUnchanged()
    {
        var escaped = FilterGraphEscaper.EscapeValue("/data/work/abc123/caption.txt");

        Assert.Equal("/data/work/abc123/caption.txt", escaped);
    }
}
