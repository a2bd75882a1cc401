using ClipBot.Core.Takes;
using ClipBot.Media.Local;

namespace ClipBot.Media.Tests.Local;

public sealed class ClipPlannerTests
{
    [Theory]
    [InlineData(AspectRatio.Landscape16x9, 1280, 720)]
    [InlineData(AspectRatio.Portrait9x16, 720, 1280)]
    [InlineData(AspectRatio.Square1x1, 720, 720)]
    [InlineData(AspectRatio.Portrait4x5, 720, 900)]
    public void Plan_Aspect_UsesItsCanvas(AspectRatio aspect, int width, int height)
    {
        var plan = ClipPlanner.Plan(new ClipParameters { Prompt = "x", Seed = 1, Aspect = aspect });

        Assert.Equal((width, height), (plan.Width, plan.Height));
    }

    [Fact]
    public void Plan_Duration_Is30FramesPerSecond()
    {
        var plan = ClipPlanner.Plan(new ClipParameters { Prompt = "x", Seed = 1, DurationSeconds = 7 });

        Assert.Equal(30, plan.Fps);
        Assert.Equal(210, plan.Frames);
    }

    [Fact]
    public void Plan_Prompt_ReadsSceneAndPalette()
    {
        var plan = ClipPlanner.Plan(new ClipParameters { Prompt = "a neon city", Seed = 3, Camera = CameraMove.PanLeft, Motion = 4 });

        Assert.Equal(SceneKind.Skyline, plan.Scene);
        Assert.Equal("neon", plan.Palette.Name);
        Assert.Equal(CameraMove.PanLeft, plan.Camera);
        Assert.Equal(4, plan.Motion);
        Assert.Equal(3UL, plan.LayoutSeed);
    }

    [Fact]
    public void Plan_NegativeNamesTheSubject_SubjectIsDropped()
    {
        var plan = ClipPlanner.Plan(new ClipParameters { Prompt = "city by the sea", Negative = "city", Seed = 3 });

        Assert.Equal(SceneKind.Ocean, plan.Scene);
    }
}
