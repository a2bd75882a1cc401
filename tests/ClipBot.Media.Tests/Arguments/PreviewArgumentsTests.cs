using ClipBot.Core.Media;
using ClipBot.Core.Takes;
using ClipBot.Media.Arguments;
using static ClipBot.Media.Tests.Arguments.ArgumentList;

namespace ClipBot.Media.Tests.Arguments;

public sealed class PreviewArgumentsTests
{
    private static readonly PreviewStep First = PreviewStep.Ladder[0];

    [Theory]
    [InlineData(AspectRatio.Landscape16x9, 320, 180)]
    [InlineData(AspectRatio.Portrait9x16, 180, 320)]
    [InlineData(AspectRatio.Square1x1, 320, 320)]
    [InlineData(AspectRatio.Portrait4x5, 256, 320)]
    public void Size_Canvas_PutsTheLongSideOnTheLongerAxis(AspectRatio aspect, int width, int height)
    {
        var size = PreviewArguments.Size(Canvas.For(aspect), 320);

        Assert.Equal((width, height), size);
    }

    [Fact]
    public void Filter_WebP_DropsRateAndSize()
    {
        var filter = PreviewArguments.Filter("in", "out", Canvas.Default, First, PreviewFormat.WebP);

        Assert.Equal("[in]fps=10,scale=320:180,setsar=1[out]", filter);
    }

    [Fact]
    public void Filter_Gif_UsesAPaletteOfItsOwnFrames()
    {
        var filter = PreviewArguments.Filter("in", "out", Canvas.Default, First, PreviewFormat.Gif);

        Assert.Contains("palettegen=max_colors=128:stats_mode=diff[out_p]", filter, StringComparison.Ordinal);
        Assert.Contains("[out_b][out_p]paletteuse=", filter, StringComparison.Ordinal);
        Assert.EndsWith("[out]", filter, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_WebP_IsLossyAndLoopsForever()
    {
        var arguments = PreviewArguments.Output(First, PreviewFormat.WebP, "/m/p.partial");

        Assert.Equal("libwebp_anim", After(arguments, "-c:v"));
        Assert.Equal("0", After(arguments, "-lossless"));
        Assert.Equal("60", After(arguments, "-quality"));
        Assert.Equal("0", After(arguments, "-loop"));
        Assert.Equal("webp", After(arguments, "-f"));
        Assert.Equal("file:/m/p.partial", arguments[^1]);
    }

    [Fact]
    public void Output_Gif_LoopsForever()
    {
        var arguments = PreviewArguments.Output(First, PreviewFormat.Gif, "/m/p.partial");

        Assert.Equal(("gif", "gif", "0"), (After(arguments, "-c:v"), After(arguments, "-f"), After(arguments, "-loop")));
    }

    [Fact]
    public void Rerender_Window_SeeksBeforeTheInput()
    {
        var arguments = PreviewArguments.Rerender(
            "/m/v.mp4", TimeSpan.FromSeconds(0.95), TimeSpan.FromSeconds(2.5), Canvas.Default, PreviewStep.Ladder[1], PreviewFormat.WebP, "/m/p.partial");

        Assert.True(IndexOf(arguments, "-ss") < IndexOf(arguments, "-i"));
        Assert.Equal(("0.95", "2.5"), (After(arguments, "-ss"), After(arguments, "-t")));
        Assert.Equal("[0:v]fps=8,scale=240:136,setsar=1[preview]", After(arguments, "-filter_complex"));
        Assert.Equal("[preview]", After(arguments, "-map"));
    }

    [Fact]
    public void Ladder_EachRung_IsSmallerThanTheOneBefore()
    {
        var pairs = PreviewStep.Ladder.Zip(PreviewStep.Ladder.Skip(1));

        Assert.All(pairs, pair => Assert.True(
            pair.Second.LongSide < pair.First.LongSide && pair.Second.Fps < pair.First.Fps
            && pair.Second.WebpQuality < pair.First.WebpQuality && pair.Second.GifColors < pair.First.GifColors));
    }
}
