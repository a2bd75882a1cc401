using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandParserTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n")]
    [InlineData("\t \r\n ")]
    [InlineData("--ar 16:9")]
    [InlineData("--ar 16:9 --seed 7 --neg \"blurry\"")]
    [InlineData("  --camera zoom-in  \n  --motion 3 ")]
    public void Parse_NoPromptText_RefusedAskingForPrompt(string arguments)
    {
        var message = ParseRefused(arguments);

        Assert.Contains("prompt", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PromptOfMaxLength_Accepted()
    {
        var prompt = new string('a', ClipParameters.MaxPromptLength);

        var parameters = ParseValid(prompt + " --ar 1:1 --neg \"blurry\"");

        Assert.Equal(prompt, parameters.Prompt);
    }

    [Fact]
    public void Parse_PromptOneOverMaxLength_RefusedNamingLimit()
    {
        var prompt = new string('a', ClipParameters.MaxPromptLength + 1);

        var message = ParseRefused(prompt);

        Assert.Contains("1000", message, StringComparison.Ordinal);
        Assert.Contains("1001", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LongPromptThatFitsOnceSpacesCollapse_Accepted()
    {
        var words = string.Join("    ", Enumerable.Repeat("abcd", 200));

        var parameters = ParseValid(words);

        Assert.Equal(999, parameters.Prompt.Length);
    }

    [Theory]
    [InlineData("a well--lit room")]
    [InlineData("rock--n--roll")]
    [InlineData("a -- b")]
    [InlineData("a --- b")]
    [InlineData("the year --1999")]
    [InlineData("a city --")]
    [InlineData("a dark-blue sky-line")]
    [InlineData("-ar 9:16 is not a flag")]
    [InlineData("1990\u20132000 fashion")]
    [InlineData("neon\u2014lit street")]
    public void Parse_DashesThatAreNotFlags_StayInPrompt(string arguments)
    {
        var parameters = ParseValid(arguments);

        Assert.Equal(arguments, parameters.Prompt);
        Assert.Equal(AspectRatio.Landscape16x9, parameters.Aspect);
    }

    [Theory]
    [InlineData("a neon city " + EmDash + " at dusk")]
    [InlineData("a neon city " + EnDash + " at dusk")]
    [InlineData("a neon city at dusk " + EmDash)]
    public void Parse_DashUsedAsPunctuationBetweenWords_StaysInPrompt(string arguments)
    {
        var result = ClipCommandParser.Parse(arguments, DefaultSeed);

        Assert.True(result.IsSuccess, $"\"{arguments}\" was refused: {result.Error?.Message}");
        Assert.Equal(arguments, result.Value.Prompt);
    }

    [Theory]
    [InlineData("a city " + EmDash + "ar 9:16")]
    [InlineData("a city " + EnDash + "ar 9:16")]
    [InlineData(EmDash + "ar 9:16 a city")]
    public void Parse_DashAutocorrectedByPhone_ReadAsFlag(string arguments)
    {
        var parameters = ParseValid(arguments);

        Assert.Equal(AspectRatio.Portrait9x16, parameters.Aspect);
        Assert.Equal("a city", parameters.Prompt);
    }

    [Fact]
    public void Parse_SeveralEmDashFlags_AllApplied()
    {
        var arguments = "a city " + EmDash + "seed 7 " + EmDash + "neg \u201Cfog\u201D " + EmDash + "camera zoom-in";

        var parameters = ParseValid(arguments);

        Assert.Equal(7u, parameters.Seed);
        Assert.Equal("fog", parameters.Negative);
        Assert.Equal(CameraMove.ZoomIn, parameters.Camera);
        Assert.Equal("a city", parameters.Prompt);
    }

    [Theory]
    [InlineData("a \"neon\" city at 'dusk'")]
    [InlineData("time: 12:00; place: Tokyo")]
    [InlineData("C:\\path\\to\\file and \\n not a newline")]
    [InlineData("[brackets] (parens) {braces} <angles>")]
    [InlineData("drawtext %{pts} %{localtime} $HOME `whoami` $(rm -rf /)")]
    [InlineData("'; DROP TABLE takes; --")]
    [InlineData("emoji \U0001F303 and accents: caf\u00E9 na\u00EFve")]
    [InlineData("50% off, a+b=c & d|e ^ f~g # h @ i")]
    public void Parse_PromptWithSpecialCharacters_KeptVerbatim(string arguments)
    {
        var parameters = ParseValid(arguments);

        Assert.Equal(arguments, parameters.Prompt);
    }

    [Fact]
    public void Parse_PromptWithSpecialCharactersAndFlags_KeepsTextVerbatim()
    {
        var arguments = "a \"sign\" says: 50% {off}; C:\\x --ar 4:5 [neon]";

        var parameters = ParseValid(arguments);

        Assert.Equal("a \"sign\" says: 50% {off}; C:\\x [neon]", parameters.Prompt);
        Assert.Equal(AspectRatio.Portrait4x5, parameters.Aspect);
    }

    [Theory]
    [InlineData("line one\nline two", "line one\nline two")]
    [InlineData("line one\r\nline two", "line one\nline two")]
    [InlineData("line one\rline two", "line one\nline two")]
    [InlineData("verse\n\nchorus", "verse\n\nchorus")]
    [InlineData("line one   \n   line two", "line one\nline two")]
    [InlineData("a    neon \t  city", "a neon city")]
    [InlineData("   a city   ", "a city")]
    [InlineData("\n\na city\n\n", "a city")]
    public void Parse_Whitespace_NewlinesKeptAndSpaceRunsCollapsed(string arguments, string expected)
    {
        var parameters = ParseValid(arguments);

        Assert.Equal(expected, parameters.Prompt);
    }

    [Fact]
    public void Parse_FlagsOnTheirOwnLines_KeepOtherLines()
    {
        var arguments = "a city\n--ar 9:16 at dusk";

        var parameters = ParseValid(arguments);

        Assert.Equal("a city\nat dusk", parameters.Prompt);
        Assert.Equal(AspectRatio.Portrait9x16, parameters.Aspect);
    }

    [Theory]
    [InlineData("a city\u0007")]
    [InlineData("a\u0000city")]
    [InlineData("\u001b[31mred\u001b[0m city")]
    [InlineData("a city\u007F")]
    [InlineData("a\u0085city")]
    public void Parse_ControlCharacterInPrompt_Refused(string arguments)
    {
        var message = ParseRefused(arguments);

        Assert.Contains("control character", message, StringComparison.Ordinal);
    }
}
