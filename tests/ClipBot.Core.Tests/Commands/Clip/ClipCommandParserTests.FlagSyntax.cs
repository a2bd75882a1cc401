using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandParserTests
{
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
}
