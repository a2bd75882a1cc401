using ClipBot.Core.Takes;
using ClipBot.Media.Local;

namespace ClipBot.Media.Tests.Local;

public sealed class CameraRigTests
{
    [Fact]
    public void Plan_Static_IsCanvasSizedAndPassesThrough()
    {
        var plan = CameraRig.Plan(CameraMove.Static, 2, 1280, 720, 4);

        Assert.Equal(new CameraPlan(1280, 720, "null"), plan);
    }

    [Fact]
    public void Plan_PanRight_WidensTheSceneAndCropsForward()
    {
        var plan = CameraRig.Plan(CameraMove.PanRight, 2, 1280, 720, 4);

        Assert.Equal(1280 + 192, plan.SceneWidth);
        Assert.Equal(720, plan.SceneHeight);
        Assert.Equal("crop=w=1280:h=720:x='192*(t/4)':y=0:exact=1", plan.Filter);
    }

    [Fact]
    public void Plan_PanUp_HeightensTheSceneAndCropsBackward()
    {
        var plan = CameraRig.Plan(CameraMove.PanUp, 4, 720, 1280, 5);

        Assert.Equal(1280 + 512, plan.SceneHeight);
        Assert.Equal("crop=w=720:h=1280:x=0:y='512*(1-(t/5))':exact=1", plan.Filter);
    }

    [Theory]
    [InlineData(CameraMove.ZoomIn, "(1+0.2*(t/4))")]
    [InlineData(CameraMove.ZoomOut, "(1+0.2*(1-(t/4)))")]
    public void Plan_Zoom_ScalesPerFrameAroundTheCentre(CameraMove move, string factor)
    {
        var plan = CameraRig.Plan(move, 2, 1280, 720, 4);

        Assert.Equal((1280, 720), (plan.SceneWidth, plan.SceneHeight));
        Assert.Contains($"scale=w='2*trunc(1280*{factor}/2)'", plan.Filter, StringComparison.Ordinal);
        Assert.Contains("eval=frame", plan.Filter, StringComparison.Ordinal);
        Assert.Contains($"x='(2*trunc(1280*{factor}/2)-1280)/2'", plan.Filter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CameraMove.RotateCw, "a='0.1396*(t/4)'")]
    [InlineData(CameraMove.RotateCcw, "a='-0.1396*(t/4)'")]
    public void Plan_Rotate_CoversTheCornersAndScalesBackUp(CameraMove move, string angle)
    {
        var plan = CameraRig.Plan(move, 2, 1280, 720, 4);

        Assert.Contains(angle, plan.Filter, StringComparison.Ordinal);
        Assert.EndsWith("scale=1280x720:flags=bicubic", plan.Filter, StringComparison.Ordinal);
        Assert.True(plan.SceneWidth >= (640 * Math.Cos(0.1396)) + (360 * Math.Sin(0.1396)));
        Assert.True(plan.SceneHeight >= (640 * Math.Sin(0.1396)) + (360 * Math.Cos(0.1396)));
    }

    [Fact]
    public void Plan_StrongerMotion_TravelsFurther()
    {
        var travels = Enumerable.Range(0, 5).Select(m => CameraRig.Plan(CameraMove.PanLeft, m, 1280, 720, 4).SceneWidth).ToArray();

        Assert.Equal(travels.Order(), travels);
        Assert.Equal(5, travels.Distinct().Count());
    }

    [Fact]
    public void Plan_MotionOutOfRange_Throws()
    {
        var plan = () => CameraRig.Plan(CameraMove.ZoomIn, 5, 1280, 720, 4);

        Assert.Throws<ArgumentOutOfRangeException>(plan);
    }
}
