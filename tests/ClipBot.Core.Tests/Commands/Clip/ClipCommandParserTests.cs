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
