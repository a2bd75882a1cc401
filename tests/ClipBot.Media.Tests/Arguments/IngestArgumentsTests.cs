using ClipBot.Core.Media;
using ClipBot.Media.Arguments;
using ClipBot.Media.Ingest;
using static ClipBot.Media.Tests.Arguments.ArgumentList;

namespace ClipBot.Media.Tests.Arguments;

public sealed class IngestArgumentsTests
{
    private static readonly IngestOutputs Files = new("/m/v.partial", "/m/p.partial", "/m/a.partial", null);

    [Fact]
    public void Build_NoDelivery_WritesMezzaninePosterAndPreviewFromOneDecode()
    {
        var plan = IngestPlan.Create(new IngestProfile(Canvas.Default), 4.4);

        var arguments = Build(plan, Files);

        Assert.Single(AllAfter(arguments, "-i"));
        Assert.Equal(["[mezzanine]", "[poster]", "[preview]"], AllAfter(arguments, "-map"));
        Assert.Equal(["file:/m/v.partial", "file:/m/p.partial", "file:/m/a.partial"], arguments.Where(a => a.StartsWith("file:/m/", StringComparison.Ordinal)));
        Assert.Contains("split=3[mezzanine][poster_in][preview_in];", After(arguments, "-filter_complex"), StringComparison.Ordinal);
        Assert.DoesNotContain("-t", arguments);
    }

    [Fact]
    public void Build_Delivery_AddsAFourthOutputWithTheRenditionsRate()
    {
        var plan = IngestPlan.Create(new IngestProfile(Canvas.Default, 4, 260_000), 6);

        var arguments = Build(plan, Files with { Delivery = "/m/d.partial" });

        Assert.Equal(["[mezzanine]", "[poster]", "[preview]", "[delivery]"], AllAfter(arguments, "-map"));
        Assert.Equal(["20", ], AllAfter(arguments, "-crf"));
        Assert.Equal(["260000"], AllAfter(arguments, "-maxrate"));
        Assert.EndsWith(";[delivery_in]scale=854:480,setsar=1[delivery]", After(arguments, "-filter_complex"), StringComparison.Ordinal);
        Assert.Equal("file:/m/d.partial", arguments[^1]);
    }

    [Fact]
    public void Build_Slot_ReadsOnlyASecondPastItAndCountsTheFrames()
    {
        var plan = IngestPlan.Create(new IngestProfile(Canvas.Default, SlotSeconds: 2), 30);

        var arguments = Build(plan, Files);

        Assert.True(IndexOf(arguments, "-t") < IndexOf(arguments, "-i"));
        Assert.Equal("3", After(arguments, "-t"));
        var graph = After(arguments, "-filter_complex");
        Assert.Contains(",fps=30,tpad=stop_mode=clone:stop_duration=3,trim=end_frame=60,split=3", graph, StringComparison.Ordinal);
        Assert.Contains("[poster_in]trim=start_frame=30:end_frame=31[poster];", graph, StringComparison.Ordinal);
        Assert.Contains("[preview_in]trim=start_frame=0:end_frame=60,setpts=PTS-STARTPTS[preview_cut];", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AnySource_StartsTheClockAtZeroBeforeFitting()
    {
        var plan = IngestPlan.Create(new IngestProfile(Canvas.Default), 4);

        var graph = After(Build(plan, Files), "-filter_complex");

        Assert.StartsWith("[0:v]setpts=PTS-STARTPTS,scale=", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DeliveryFileWithoutRendition_Throws()
    {
        var plan = IngestPlan.Create(new IngestProfile(Canvas.Default), 4);

        var build = () => Build(plan, Files with { Delivery = "/m/d.partial" });

        Assert.Throws<ArgumentException>(build);
    }

    [Fact]
    public void PosterOutput_Path_IsOneJpegFrame()
    {
        var arguments = PosterArguments.Output("/m/p.partial");

        Assert.Equal(("1", "image2", "1"), (After(arguments, "-frames:v"), After(arguments, "-f"), After(arguments, "-update")));
        Assert.Equal("file:/m/p.partial", arguments[^1]);
    }

    private static IReadOnlyList<string> Build(IngestPlan plan, IngestOutputs outputs) =>
        IngestArguments.Build("/w/in.webm", plan, outputs, PreviewStep.Ladder[0], PreviewFormat.WebP);
}
