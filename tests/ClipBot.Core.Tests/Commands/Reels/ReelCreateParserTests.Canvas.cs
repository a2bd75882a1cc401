using ClipBot.Core.Media;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed partial class ReelCreateParserTests
{
    [Theory]
    [InlineData("16:9", AspectRatio.Landscape16x9)]
    [InlineData("9:16", AspectRatio.Portrait9x16)]
    [InlineData("1:1", AspectRatio.Square1x1)]
    public void Parse_ReelAspect_CanvasOfThatAspect(string value, AspectRatio aspect)
    {
        var draft = ParseValid($"Night Drive --ar {value}");

        Assert.Equal(Canvas.For(aspect), draft.Canvas);
    }

    [Theory]
    [InlineData("4:5")]
    [InlineData("4:3")]
    [InlineData("wide")]
    public void Parse_AspectNotForReels_RefusedListingTheReelAspects(string value)
    {
        var message = ParseRefused($"Night Drive --ar {value}");

        Assert.Equal($"`--ar {value}` is not allowed for a reel: use 16:9, 9:16, 1:1.", message);
    }

    [Theory]
    [InlineData(24)]
    [InlineData(25)]
    [InlineData(30)]
    public void Parse_FrameRate_SetsTheCanvasRate(int fps)
    {
        var draft = ParseValid($"Night Drive --fps {fps}");

        Assert.Equal(fps, draft.Canvas.Fps);
    }

    [Theory]
    [InlineData("60")]
    [InlineData("29")]
    [InlineData("0")]
    [InlineData("500")]
    [InlineData("29.97")]
    public void Parse_OtherFrameRate_RefusedListingTheThree(string value)
    {
        var message = ParseRefused($"Night Drive --fps {value}");

        Assert.Equal($"`--fps {value}` is not allowed: use 24, 25 or 30.", message);
    }

    [Theory]
    [InlineData("crop", FitMode.Crop)]
    [InlineData("CROP", FitMode.Crop)]
    [InlineData("letterbox", FitMode.Letterbox)]
    public void Parse_Fit_SetsTheCanvasFit(string value, FitMode fit)
    {
        var draft = ParseValid($"Night Drive --fit {value}");

        Assert.Equal(fit, draft.Canvas.Fit);
    }

    [Fact]
    public void Parse_OtherFit_Refused()
    {
        var message = ParseRefused("Night Drive --fit stretch");

        Assert.Equal("`--fit stretch` is not allowed: use letterbox or crop.", message);
    }

    [Fact]
    public void Parse_AspectRateAndFit_OneCanvas()
    {
        var draft = ParseValid("Night Drive --ar 9:16 --fps 25 --fit crop");

        Assert.Equal(new Canvas(720, 1280, 25, FitMode.Crop), draft.Canvas);
    }
}
