using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandParserTests
{
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
}
