using ClipBot.Core.Results;
using ClipBot.Media.Delivery;

namespace ClipBot.Media.Tests.Delivery;

public sealed class DeliveryPlannerTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Plan_SilentVideo_SpendsTheWholeShareOnVideo()
    {
        var plan = DeliveryPlanner.Plan(30, MiB, hasAudio: false, sourceShortSide: 720);

        Assert.Equal((long)(MiB * 0.95 * 8 / 30), plan.Value!.VideoBitsPerSecond);
        Assert.Equal(0, plan.Value.AudioBitsPerSecond);
    }

    [Fact]
    public void Plan_WithSound_TakesTheAudioOffTheVideo()
    {
        var plan = DeliveryPlanner.Plan(30, MiB, hasAudio: true, sourceShortSide: 720);

        Assert.Equal(96_000, plan.Value!.AudioBitsPerSecond);
        Assert.Equal((long)((MiB * 0.95 * 8 / 30) - 96_000), plan.Value.VideoBitsPerSecond);
    }

    [Fact]
    public void Plan_GenerousCapWithSound_GivesTheRicherAudioRate()
    {
        var plan = DeliveryPlanner.Plan(30, 10 * MiB, hasAudio: true, sourceShortSide: 1080);

        Assert.Equal(128_000, plan.Value!.AudioBitsPerSecond);
    }

    [Theory]
    [InlineData(2_000_000, 720)]
    [InlineData(1_500_000, 720)]
    [InlineData(1_499_999, 480)]
    [InlineData(600_000, 480)]
    [InlineData(599_999, 360)]
    [InlineData(250_000, 360)]
    [InlineData(249_999, 240)]
    [InlineData(100_000, 240)]
    public void ShortSideFor_VideoRate_PicksTheRungItReaches(long videoBitsPerSecond, int shortSide)
    {
        var chosen = DeliveryPlanner.ShortSideFor(videoBitsPerSecond);

        Assert.Equal(shortSide, chosen);
    }

    [Fact]
    public void Plan_SmallSource_IsNeverUpscaled()
    {
        var plan = DeliveryPlanner.Plan(10, 10 * MiB, hasAudio: false, sourceShortSide: 181);

        Assert.Equal(180, plan.Value!.ShortSide);
    }

    [Fact]
    public void Plan_BelowTheFloor_IsRefusedWithTheSizesAndALinkHint()
    {
        var plan = DeliveryPlanner.Plan(240, 1 * MiB, hasAudio: true, sourceShortSide: 720);

        Assert.Equal(ErrorKind.Invalid, plan.Error?.Kind);
        Assert.Equal(
            "Even at the lowest sane quality (100 kbit/s) this video would be 5.9 MiB, over the 1 MiB limit; post a link instead.",
            plan.Error?.Message);
    }
}
