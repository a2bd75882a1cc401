using ClipBot.Core.Media;
using ClipBot.Core.Takes;
using ClipBot.Media.Arguments;
using ClipBot.Media.Delivery;
using static ClipBot.Media.Tests.Arguments.ArgumentList;

namespace ClipBot.Media.Tests.Arguments;

public sealed class DeliveryArgumentsTests
{
    [Fact]
    public void Build_WithAudio_CapsThePeakAtThePlanAndAimsTheAverageUnder()
    {
        var plan = new DeliveryPlan(1_000_000, 96_000, 480);

        var arguments = DeliveryArguments.Build("/w/cut.mp4", plan, 854, 480, "/w/out.partial");

        Assert.Equal("900000", After(arguments, "-b:v"));
        Assert.Equal("1000000", After(arguments, "-maxrate"));
        Assert.Equal("1000000", After(arguments, "-bufsize"));
        Assert.Equal(["0:v:0", "0:a:0"], AllAfter(arguments, "-map"));
        Assert.Equal(("aac", "96000"), (After(arguments, "-c:a"), After(arguments, "-b:a")));
        Assert.Equal("scale=854:480,setsar=1", After(arguments, "-vf"));
        Assert.Equal("+faststart", After(arguments, "-movflags"));
        Assert.Equal("file:/w/out.partial", arguments[^1]);
    }

    [Fact]
    public void Build_NoAudio_IsSilent()
    {
        var arguments = DeliveryArguments.Build("/w/cut.mp4", new DeliveryPlan(300_000, 0, 360), 640, 360, "/w/out.partial");

        Assert.Contains("-an", arguments);
        Assert.DoesNotContain("-c:a", arguments);
        Assert.Equal(["0:v:0"], AllAfter(arguments, "-map"));
    }

    [Theory]
    [InlineData(1920, 1080, 480, 854, 480)]
    [InlineData(1080, 1920, 480, 480, 854)]
    [InlineData(720, 720, 360, 360, 360)]
    [InlineData(640, 480, 240, 320, 240)]
    public void Size_ShortSide_KeepsTheAspectWithEvenSides(int sourceWidth, int sourceHeight, int shortSide, int width, int height)
    {
        var size = DeliveryArguments.Size(sourceWidth, sourceHeight, shortSide);

        Assert.Equal((width, height), size);
    }

    [Theory]
    [InlineData(AspectRatio.Landscape16x9, 854, 480)]
    [InlineData(AspectRatio.Portrait9x16, 270, 480)]
    [InlineData(AspectRatio.Square1x1, 480, 480)]
    [InlineData(AspectRatio.Portrait4x5, 384, 480)]
    public void Rendition_CanvasAspect_GivesTheWidthAtTheDeliveryHeight(AspectRatio aspect, int width, int height)
    {
        var rendition = new DeliveryRenditionSettings(Canvas.For(aspect), 480, 260_000);

        Assert.Equal((width, height), (rendition.Width, rendition.Height));
    }

    [Fact]
    public void Rendition_Budget_IsAPeakWithHalfASecondOfBufferAndTheMezzaninesGop()
    {
        var arguments = new DeliveryRenditionSettings(Canvas.Default, 480, 260_000).Arguments;

        Assert.Equal("234000", After(arguments, "-b:v"));
        Assert.Equal("260000", After(arguments, "-maxrate"));
        Assert.Equal("130000", After(arguments, "-bufsize"));
        Assert.Equal(("0", "15", "stitchable=1:open-gop=0"), (After(arguments, "-bf"), After(arguments, "-g"), After(arguments, "-x264-params")));
        Assert.Equal("3.1", After(arguments, "-level:v"));
        Assert.Contains("-an", arguments);
    }
}
