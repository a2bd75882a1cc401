using ClipBot.Core.Media;
using ClipBot.Media.Ingest;

namespace ClipBot.Media.Tests.Ingest;

public sealed class IngestPlanTests
{
    [Theory]
    [InlineData(4.4, 132)]
    [InlineData(0.5, 15)]
    [InlineData(1.0 / 60, 1)]
    [InlineData(2.01, 60)]
    [InlineData(2.02, 61)]
    public void Create_Slot_CountsRoundedFramesWhateverTheSource(double slot, int frames)
    {
        var plan = IngestPlan.Create(new IngestProfile(Canvas.Default, SlotSeconds: slot), 30);

        Assert.Equal(frames, plan.Frames);
        Assert.Equal(frames / 30.0, plan.DurationSeconds, 9);
        Assert.Equal(slot + 1, plan.ReadSeconds);
    }

    [Fact]
    public void Create_NoSlot_KeepsTheSourcesLengthAndReadsItAll()
    {
        var plan = IngestPlan.Create(new IngestProfile(Canvas.Default), 4.38);

        Assert.Equal(131, plan.Frames);
        Assert.Null(plan.ReadSeconds);
    }

    [Fact]
    public void Create_LongClip_TakesPosterAndPreviewFromTheMiddle()
    {
        var plan = IngestPlan.Create(new IngestProfile(Canvas.Default, SlotSeconds: 6), 10);

        Assert.Equal(90, plan.PosterFrame);
        Assert.Equal((52, 127), (plan.PreviewStartFrame, plan.PreviewEndFrame));
        Assert.Equal(2.5, plan.PreviewLength.TotalSeconds, 9);
    }

    [Fact]
    public void Create_ClipShorterThanThePreview_PreviewsAllOfIt()
    {
        var plan = IngestPlan.Create(new IngestProfile(Canvas.Default, SlotSeconds: 1), 10);

        Assert.Equal((0, 30), (plan.PreviewStartFrame, plan.PreviewEndFrame));
    }

    [Fact]
    public void Create_DeliveryRate_AddsTheRenditionAtTheProfilesHeight()
    {
        var plan = IngestPlan.Create(new IngestProfile(Canvas.Default, 4, 260_000, DeliveryHeight: 360), 4);

        Assert.Equal((640, 360, 260_000), (plan.Delivery!.Width, plan.Delivery.Height, plan.Delivery.BitsPerSecond));
    }

    [Fact]
    public void Create_NoDeliveryRate_HasNoRendition()
    {
        var plan = IngestPlan.Create(new IngestProfile(Canvas.Default), 4);

        Assert.Null(plan.Delivery);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Create_SlotNotPositive_Throws(double slot)
    {
        var create = () => IngestPlan.Create(new IngestProfile(Canvas.Default, SlotSeconds: slot), 4);

        Assert.Throws<ArgumentOutOfRangeException>(create);
    }
}
