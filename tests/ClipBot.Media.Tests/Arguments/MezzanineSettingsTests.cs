using ClipBot.Core.Media;
using ClipBot.Core.Takes;
using ClipBot.Media.Arguments;
using static ClipBot.Media.Tests.Arguments.ArgumentList;

namespace ClipBot.Media.Tests.Arguments;

public sealed class MezzanineSettingsTests
{
    [Fact]
    public void Arguments_DefaultCanvas_AreClosedHalfSecondGopsWithoutBFrames()
    {
        var arguments = new MezzanineSettings(Canvas.Default).Arguments;

        Assert.Equal("libx264", After(arguments, "-c:v"));
        Assert.Equal("yuv420p", After(arguments, "-pix_fmt"));
        Assert.Equal("0", After(arguments, "-bf"));
        Assert.Equal("15", After(arguments, "-g"));
        Assert.Equal("15", After(arguments, "-keyint_min"));
        Assert.Equal("0", After(arguments, "-sc_threshold"));
        Assert.Equal("expr:gte(t,n_forced*0.5)", After(arguments, "-force_key_frames"));
        Assert.Equal("stitchable=1:open-gop=0", After(arguments, "-x264-params"));
        Assert.Contains("-an", arguments);
    }

    [Fact]
    public void Arguments_DefaultCanvas_PinEverythingTheStreamHeaderCarries()
    {
        var arguments = new MezzanineSettings(Canvas.Default).Arguments;

        Assert.Equal("high", After(arguments, "-profile:v"));
        Assert.Equal("3.1", After(arguments, "-level:v"));
        Assert.Equal("bt709", After(arguments, "-colorspace"));
        Assert.Equal("tv", After(arguments, "-color_range"));
        Assert.Equal("15360", After(arguments, "-video_track_timescale"));
        Assert.Equal("2", After(arguments, "-threads"));
        Assert.Equal(("veryfast", "20"), (After(arguments, "-preset"), After(arguments, "-crf")));
    }

    [Fact]
    public void Arguments_TwoSettingsOfOneCanvas_AreIdentical()
    {
        var canvas = Canvas.For(AspectRatio.Portrait9x16, FitMode.Crop);

        var first = new MezzanineSettings(canvas).Arguments;
        var second = new MezzanineSettings(canvas with { }).Arguments;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Arguments_OddFps_StillForcesAKeyframeEveryHalfSecond()
    {
        var arguments = new MezzanineSettings(new Canvas(640, 360, 25)).Arguments;

        Assert.Equal("13", After(arguments, "-g"));
        Assert.Equal("expr:gte(t,n_forced*0.5)", After(arguments, "-force_key_frames"));
    }

    [Theory]
    [InlineData(1281, 720, 30)]
    [InlineData(1280, 0, 30)]
    [InlineData(1280, 720, 0)]
    public void Constructor_UnusableCanvas_Throws(int width, int height, int fps)
    {
        var create = () => new MezzanineSettings(new Canvas(width, height, fps));

        Assert.Throws<ArgumentOutOfRangeException>(create);
    }

    [Theory]
    [InlineData(320, 180, 30, "3.0")]
    [InlineData(1280, 720, 30, "3.1")]
    [InlineData(720, 1280, 30, "3.1")]
    [InlineData(720, 900, 30, "3.1")]
    [InlineData(1280, 720, 60, "3.2")]
    [InlineData(1920, 1080, 30, "4.0")]
    [InlineData(1920, 1080, 60, "4.2")]
    public void LevelFor_FrameSizeAndRate_IsTheLowestThatHoldsThem(int width, int height, int fps, string level)
    {
        var chosen = H264Level.For(width, height, fps);

        Assert.Equal(level, chosen);
    }
}
