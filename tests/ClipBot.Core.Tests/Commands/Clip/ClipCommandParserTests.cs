using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandParserTests
{
    private const uint DefaultSeed = 42;
    private const string EmDash = "\u2014";
    private const string EnDash = "\u2013";

    public static TheoryData<string, AspectRatio> Aspects => new()
    {
        { "16:9", AspectRatio.Landscape16x9 },
        { "9:16", AspectRatio.Portrait9x16 },
        { "1:1", AspectRatio.Square1x1 },
        { "4:5", AspectRatio.Portrait4x5 },
    };

    public static TheoryData<string, CameraMove> Cameras => new()
    {
        { "static", CameraMove.Static },
        { "zoom-in", CameraMove.ZoomIn },
        { "zoom-out", CameraMove.ZoomOut },
        { "pan-left", CameraMove.PanLeft },
        { "pan-right", CameraMove.PanRight },
        { "pan-up", CameraMove.PanUp },
        { "pan-down", CameraMove.PanDown },
        { "rotate-cw", CameraMove.RotateCw },
        { "rotate-ccw", CameraMove.RotateCcw },
    };

    // ---- defaults ----

    [Fact]
    public void Parse_PromptWithoutFlags_UsesEveryDefault()
    {
        var arguments = "a neon city at dusk";

        var parameters = ParseValid(arguments);

        Assert.Equal("a neon city at dusk", parameters.Prompt);
        Assert.Equal(AspectRatio.Landscape16x9, parameters.Aspect);
        Assert.Equal(DefaultSeed, parameters.Seed);
        Assert.Null(parameters.Negative);
        Assert.Equal(CameraMove.Static, parameters.Camera);
        Assert.Equal(ClipParameters.DefaultMotion, parameters.Motion);
        Assert.Equal(ClipParameters.DefaultDurationSeconds, parameters.DurationSeconds);
        Assert.Null(parameters.Slot);
        Assert.Null(parameters.Style);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(7u)]
    [InlineData(uint.MaxValue)]
    public void Parse_SeedAbsent_UsesDefaultSeed(uint defaultSeed)
    {
        var arguments = "a city --ar 9:16";

        var result = ClipCommandParser.Parse(arguments, defaultSeed);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(defaultSeed, result.Value.Seed);
    }

    [Fact]
    public void Parse_SeedGiven_IgnoresDefaultSeed()
    {
        var arguments = "a city --seed 7";

        var parameters = ParseValid(arguments);

        Assert.Equal(7u, parameters.Seed);
    }

    [Fact]
    public void Parse_NullArguments_Throws()
    {
        string arguments = null!;

        var exception = Record.Exception(() => ClipCommandParser.Parse(arguments, DefaultSeed));

        Assert.IsType<ArgumentNullException>(exception);
    }

    // ---- --ar ----

    [Theory]
    [MemberData(nameof(Aspects))]
    public void Parse_AspectFlag_SetsAspect(string wire, AspectRatio expected)
    {
        var arguments = $"a city --ar {wire}";

        var parameters = ParseValid(arguments);

        Assert.Equal(expected, parameters.Aspect);
        Assert.Equal("a city", parameters.Prompt);
    }

    [Theory]
    [InlineData("4:3")]
    [InlineData("16x9")]
    [InlineData("16:10")]
    [InlineData("wide")]
    [InlineData("9:16:1")]
    public void Parse_UnsupportedAspect_RefusedNamingFlagAndAllowedValues(string value)
    {
        var arguments = $"a city --ar {value}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--ar");
        Assert.Contains(value, message, StringComparison.Ordinal);
        foreach (var wire in new[] { "16:9", "9:16", "1:1", "4:5" })
        {
            Assert.Contains(wire, message, StringComparison.Ordinal);
        }
    }

    // ---- --seed ----

    [Theory]
    [InlineData("0", 0u)]
    [InlineData("7", 7u)]
    [InlineData("4294967295", uint.MaxValue)]
    public void Parse_SeedInRange_SetsSeed(string value, uint expected)
    {
        var arguments = $"a city --seed {value}";

        var parameters = ParseValid(arguments);

        Assert.Equal(expected, parameters.Seed);
    }

    [Theory]
    [InlineData("4294967296")]
    [InlineData("99999999999999999999")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("abc")]
    [InlineData("+7")]
    [InlineData("0x1F")]
    [InlineData("1e3")]
    [InlineData("7a")]
    [InlineData("1,000")]
    public void Parse_SeedNotAnUnsigned32BitNumber_RefusedNamingFlagAndRange(string value)
    {
        var arguments = $"a city --seed {value}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--seed");
        Assert.Contains("0 to 4294967295", message, StringComparison.Ordinal);
    }

    // ---- --neg ----

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

    // ---- --camera ----

    [Theory]
    [MemberData(nameof(Cameras))]
    public void Parse_CameraFlag_SetsCamera(string wire, CameraMove expected)
    {
        var arguments = $"--camera {wire} a city";

        var parameters = ParseValid(arguments);

        Assert.Equal(expected, parameters.Camera);
        Assert.Equal("a city", parameters.Prompt);
    }

    [Fact]
    public void Parse_CameraInUpperCase_Accepted()
    {
        var arguments = "a city --camera Zoom-In";

        var parameters = ParseValid(arguments);

        Assert.Equal(CameraMove.ZoomIn, parameters.Camera);
    }

    [Theory]
    [InlineData("dolly")]
    [InlineData("zoom")]
    [InlineData("zoom_in")]
    [InlineData("pan")]
    public void Parse_UnknownCamera_RefusedNamingFlagAndEveryMove(string value)
    {
        var arguments = $"a city --camera {value}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--camera");
        foreach (var wire in CameraMoveExtensions.WireNames)
        {
            Assert.Contains(wire, message, StringComparison.Ordinal);
        }
    }

    // ---- --motion ----

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Parse_MotionInRange_SetsMotion(int motion)
    {
        var arguments = $"a city --motion {motion}";

        var parameters = ParseValid(arguments);

        Assert.Equal(motion, parameters.Motion);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("5")]
    [InlineData("two")]
    [InlineData("2.5")]
    public void Parse_MotionOutOfRange_RefusedNamingFlagAndRange(string value)
    {
        var arguments = $"a city --motion {value}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--motion");
        Assert.Contains("0 to 4", message, StringComparison.Ordinal);
    }

    // ---- --duration ----

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(10)]
    public void Parse_DurationInRange_SetsDuration(int seconds)
    {
        var arguments = $"a city --duration {seconds}";

        var parameters = ParseValid(arguments);

        Assert.Equal(seconds, parameters.DurationSeconds);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("-4")]
    [InlineData("4s")]
    [InlineData("2.5")]
    public void Parse_DurationOutOfRange_RefusedNamingFlagAndRange(string value)
    {
        var arguments = $"a city --duration {value}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--duration");
        Assert.Contains("1 to 10", message, StringComparison.Ordinal);
    }

    // ---- --slot ----

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(500)]
    public void Parse_SlotInRange_SetsSlot(int slot)
    {
        var arguments = $"a city --slot {slot}";

        var parameters = ParseValid(arguments);

        Assert.Equal(slot, parameters.Slot);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("-3")]
    [InlineData("three")]
    public void Parse_SlotOutOfRange_RefusedNamingFlagAndRange(string value)
    {
        var arguments = $"a city --slot {value}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--slot");
        Assert.Contains("1 to 500", message, StringComparison.Ordinal);
    }

    // ---- --style ----

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

    // ---- every flag at once, in any place ----

    [Fact]
    public void Parse_EveryFlag_SetsEveryParameter()
    {
        var arguments = "--ar 9:16 a neon city --seed 7 --neg \"rain, fog\" at dusk --camera pan-left --motion 3 --duration 6 --slot 12 --style noir";

        var parameters = ParseValid(arguments);

        Assert.Equal("a neon city at dusk", parameters.Prompt);
        Assert.Equal(AspectRatio.Portrait9x16, parameters.Aspect);
        Assert.Equal(7u, parameters.Seed);
        Assert.Equal("rain, fog", parameters.Negative);
        Assert.Equal(CameraMove.PanLeft, parameters.Camera);
        Assert.Equal(3, parameters.Motion);
        Assert.Equal(6, parameters.DurationSeconds);
        Assert.Equal(12, parameters.Slot);
        Assert.Equal("noir", parameters.Style);
    }

    [Theory]
    [InlineData("--ar 9:16 a neon city")]
    [InlineData("a neon --ar 9:16 city")]
    [InlineData("a neon city --ar 9:16")]
    [InlineData("  a   neon --ar   9:16   city  ")]
    [InlineData("a neon city\t--ar\t9:16")]
    public void Parse_FlagBeforeBetweenOrAfterWords_RemovedFromPrompt(string arguments)
    {
        var parameters = ParseValid(arguments);

        Assert.Equal("a neon city", parameters.Prompt);
        Assert.Equal(AspectRatio.Portrait9x16, parameters.Aspect);
    }

    [Theory]
    [InlineData("--AR 9:16 a city")]
    [InlineData("--Ar 9:16 a city")]
    public void Parse_FlagNameInOtherCase_Recognised(string arguments)
    {
        var parameters = ParseValid(arguments);

        Assert.Equal(AspectRatio.Portrait9x16, parameters.Aspect);
        Assert.Equal("a city", parameters.Prompt);
    }

    // ---- unknown, repeated and empty flags ----

    [Theory]
    [InlineData("a city --fps 30", "--fps")]
    [InlineData("--aspect 16:9 a city", "--aspect")]
    [InlineData("a city --cfg", "--cfg")]
    [InlineData("a city \u2014quality high", "--quality")]
    public void Parse_UnknownFlag_RefusedNamingItAndEveryAllowedFlag(string arguments, string flag)
    {
        var message = ParseRefused(arguments);

        AssertNamesFlag(message, flag);
        foreach (var allowed in new[] { "--ar", "--seed", "--neg", "--camera", "--motion", "--duration", "--slot", "--style" })
        {
            Assert.Contains(allowed, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_VeryLongUnknownFlag_RefusalQuotesItShortened()
    {
        var flag = "--" + new string('x', 300);

        var message = ParseRefused($"a city {flag}");

        Assert.Contains("--xxxxxxxxxxxxxxxxxxxx", message, StringComparison.Ordinal);
        Assert.DoesNotContain(flag, message, StringComparison.Ordinal);
        Assert.True(message.Length < 200, $"The refusal is {message.Length} chars.");
    }

    [Theory]
    [InlineData("--ar 16:9 a city --ar 9:16", "--ar")]
    [InlineData("--ar 16:9 a city --ar 16:9", "--ar")]
    [InlineData("a city --seed 1 --seed 2", "--seed")]
    [InlineData("a city --ar 16:9 \u2014ar 9:16", "--ar")]
    [InlineData("a city --ar 16:9 --AR 9:16", "--ar")]
    public void Parse_FlagGivenTwice_RefusedNamingFlag(string arguments, string flag)
    {
        var message = ParseRefused(arguments);

        AssertNamesFlag(message, flag);
        Assert.Contains("twice", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a city --ar", "--ar", "16:9")]
    [InlineData("a city --ar   ", "--ar", "16:9")]
    [InlineData("a city --seed", "--seed", "0 to 4294967295")]
    [InlineData("a city --camera", "--camera", "zoom-in")]
    [InlineData("a city --neg", "--neg", "quotes")]
    [InlineData("a city --ar --seed 7", "--ar", "16:9")]
    [InlineData("a city --seed \u2014ar 9:16", "--seed", "0 to 4294967295")]
    [InlineData("a city --motion\nat dusk", "--motion", "0 to 4")]
    [InlineData("--duration --slot 3 a city", "--duration", "1 to 10")]
    public void Parse_FlagWithoutValue_RefusedNamingFlagAndAllowedValues(string arguments, string flag, string allowed)
    {
        var message = ParseRefused(arguments);

        AssertNamesFlag(message, flag);
        Assert.Contains("needs a value", message, StringComparison.Ordinal);
        Assert.Contains(allowed, message, StringComparison.Ordinal);
    }

    // ---- the prompt itself ----

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

    // ---- helpers ----

    private static ClipParameters ParseValid(string arguments)
    {
        var result = ClipCommandParser.Parse(arguments, DefaultSeed);
        Assert.True(result.IsSuccess, $"\"{arguments}\" was refused: {result.Error?.Message}");
        return result.Value;
    }

    private static string ParseRefused(string arguments)
    {
        var result = ClipCommandParser.Parse(arguments, DefaultSeed);
        Assert.False(result.IsSuccess, $"\"{arguments}\" was accepted with prompt \"{result.Value?.Prompt}\".");
        Assert.Equal(ErrorKind.Invalid, result.Error.Kind);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        return result.Error.Message;
    }

    private static void AssertNamesFlag(string message, string flag) =>
        Assert.Contains("`" + flag, message, StringComparison.Ordinal);
}
