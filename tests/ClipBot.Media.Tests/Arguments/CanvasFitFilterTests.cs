using ClipBot.Core.Media;
using ClipBot.Media.Arguments;

namespace ClipBot.Media.Tests.Arguments;

public sealed class CanvasFitFilterTests
{
    [Fact]
    public void Build_Letterbox_FitsInsideThenPadsBlackToTheCanvas()
    {
        var filter = CanvasFitFilter.Build(new Canvas(1280, 720, 30, FitMode.Letterbox));

        Assert.StartsWith("scale=w='if(gt(dar,1280/720),1280,min(1280,", filter, StringComparison.Ordinal);
        Assert.EndsWith(",setsar=1,pad=1280:720:(ow-iw)/2:(oh-ih)/2:color=black", filter, StringComparison.Ordinal);
        Assert.DoesNotContain("crop", filter, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Crop_FillsThenCropsTheCentre()
    {
        var filter = CanvasFitFilter.Build(new Canvas(720, 1280, 30, FitMode.Crop));

        Assert.StartsWith("scale=w='if(gt(dar,720/1280),max(720,", filter, StringComparison.Ordinal);
        Assert.EndsWith(",setsar=1,crop=720:1280", filter, StringComparison.Ordinal);
        Assert.DoesNotContain("pad", filter, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AnyFit_KeepsTheExpressionCommasInsideQuotes()
    {
        var filter = CanvasFitFilter.Build(Canvas.Default);

        var outsideQuotes = string.Concat(filter.Split('\'').Where((_, index) => index % 2 == 0));
        Assert.Equal(2, outsideQuotes.Count(c => c == ','));
    }
}
