using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandParserTests
{
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
}
