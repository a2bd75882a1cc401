using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandParserTests
{
    [Fact]
    public void Parse_QuotedNegativeWithSpaces_KeepsWholePhraseOutOfPrompt()
    {
        var arguments = "a city --neg \"blurry, low quality, text\" at dusk";

        var parameters = ParseValid(arguments);

        Assert.Equal("blurry, low quality, text", parameters.Negative);
        Assert.Equal("a city at dusk", parameters.Prompt);
    }

    [Theory]
    [InlineData("\u201Cblurry, low quality\u201D")]
    [InlineData("\u201Dblurry, low quality\u201D")]
    [InlineData("\u201Cblurry, low quality\"")]
    [InlineData("\"blurry, low quality\u201D")]
    public void Parse_NegativeInSmartQuotes_ReadAsOnePhrase(string quoted)
    {
        var arguments = $"a city --neg {quoted} --ar 1:1";

        var parameters = ParseValid(arguments);

        Assert.Equal("blurry, low quality", parameters.Negative);
        Assert.Equal(AspectRatio.Square1x1, parameters.Aspect);
        Assert.Equal("a city", parameters.Prompt);
    }

    [Fact]
    public void Parse_UnquotedNegative_TakesOneWord()
    {
        var arguments = "a city --neg blurry at dusk";

        var parameters = ParseValid(arguments);

        Assert.Equal("blurry", parameters.Negative);
        Assert.Equal("a city at dusk", parameters.Prompt);
    }

    [Fact]
    public void Parse_NegativeWithPaddingInsideQuotes_Trimmed()
    {
        var arguments = "a city --neg \"  rain  \"";

        var parameters = ParseValid(arguments);

        Assert.Equal("rain", parameters.Negative);
    }

    [Fact]
    public void Parse_NegativeOfMaxLength_Accepted()
    {
        var negative = new string('n', ClipFlags.MaxNegativeLength);

        var parameters = ParseValid($"a city --neg \"{negative}\"");

        Assert.Equal(negative, parameters.Negative);
    }

    [Fact]
    public void Parse_NegativeWithControlCharacter_RefusedNamingFlag()
    {
        var message = ParseRefused("a city --neg \"blur\u0007ry\"");

        AssertNamesFlag(message, "--neg");
    }

    [Fact]
    public void Parse_NonBreakingSpaceAfterFlag_ReadsValue()
    {
        var parameters = ParseValid("a city --ar\u00A09:16");

        Assert.Equal(AspectRatio.Portrait9x16, parameters.Aspect);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    public void Parse_EmptyNegative_RefusedNamingFlag(string quoted)
    {
        var arguments = $"a city --neg {quoted}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--neg");
    }

    [Fact]
    public void Parse_NegativeOverMaxLength_RefusedNamingFlagAndLimit()
    {
        var negative = new string('n', ClipFlags.MaxNegativeLength + 1);

        var message = ParseRefused($"a city --neg \"{negative}\"");

        AssertNamesFlag(message, "--neg");
        Assert.Contains("500", message, StringComparison.Ordinal);
        Assert.True(message.Length < 300, $"The refusal should quote the value shortened, not all of it: {message.Length} chars.");
    }

    [Theory]
    [InlineData("noir", "noir")]
    [InlineData("Film-Grain", "film-grain")]
    [InlineData("vhs1986", "vhs1986")]
    public void Parse_StyleWord_SetsLowerCaseStyle(string value, string expected)
    {
        var arguments = $"a city --style {value}";

        var parameters = ParseValid(arguments);

        Assert.Equal(expected, parameters.Style);
    }

    [Fact]
    public void Parse_StyleOfMaxLength_Accepted()
    {
        var style = new string('s', ClipFlags.MaxStyleLength);

        var parameters = ParseValid($"a city --style {style}");

        Assert.Equal(style, parameters.Style);
    }

    [Theory]
    [InlineData("\"two words\"")]
    [InlineData("film_grain")]
    [InlineData("n\u00F6ir")]
    [InlineData("a/b")]
    [InlineData("sssssssssssssssssssssssssssssssss")]
    public void Parse_StyleNotOneShortWord_RefusedNamingFlag(string value)
    {
        var arguments = $"a city --style {value}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--style");
        Assert.Contains("32", message, StringComparison.Ordinal);
    }
}
