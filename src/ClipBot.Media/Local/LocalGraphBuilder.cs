using ClipBot.Media.Arguments;
using ClipBot.Media.Local.Scenes;

namespace ClipBot.Media.Local;

/// <summary>Assembles the whole filter graph: scene, then camera, then caption, ending on <c>[out]</c>.</summary>
internal static class LocalGraphBuilder
{
    // Scene animation speed by motion 0..4, so --motion also matters with a still camera.
    private static readonly double[] Speeds = [0.35, 0.65, 1.0, 1.4, 1.9];

    public static string Build(ClipPlan plan, string captionPath, string? fontFile)
    {
        ArgumentNullException.ThrowIfNull(plan);

        var camera = CameraRig.Plan(plan.Camera, plan.Motion, plan.Width, plan.Height, plan.DurationSeconds);
        var context = new SceneContext(
            camera.SceneWidth,
            camera.SceneHeight,
            plan.Fps,
            plan.DurationSeconds,
            Speeds[plan.Motion],
            plan.Palette,
            new SplitMix64(plan.LayoutSeed));
        var scene = SceneGraphs.Build(plan.Scene, context);
        var caption = CaptionFilter.Build(captionPath, fontFile, CaptionStyle.For(plan.Width, plan.Height));
        return $"{scene};[{SceneContext.OutputLabel}]{camera.Filter},{caption},format=yuv420p,setsar=1[{RenderArguments.OutputLabel}]";
    }
}
