using System.Text;
using static ClipBot.Media.Local.Scenes.Fx;

namespace ClipBot.Media.Local.Scenes;

/// <summary>A horizon with a low sun, and bands of sea rolling in, tighter towards the horizon.</summary>
internal static class OceanScene
{
    // The sea is computed this small every frame and scaled up: its bands are soft, so nothing is lost.
    private const int FieldWidth = 64;
    private const int FieldHeight = 48;

    public static string Build(SceneContext c)
    {
        var (w, h, p, rng) = (c.Width, c.Height, c.Palette, c.Random);
        var horizon = Even(h * rng.Range(0.36, 0.5));
        var sun = Even(Math.Min(w, h) * rng.Range(0.12, 0.2));
        var radius = sun / 2;
        var sunX = (int)rng.Range(w * 0.15, (w * 0.85) - sun);
        var sunY = horizon - (int)(sun * rng.Range(0.45, 0.95));
        var glint = N((sunX + radius) / (double)w);

        var depth = "(Y/H+0.06)";
        var swell = $"sin(X/W*{N(rng.Range(8, 14))}+T*{N(0.7 * c.Speed)}+{N(rng.Range(0, 6.28))})*{N(rng.Range(0.4, 0.9))}";
        var bands = $"sin({N(rng.Range(5, 8))}/{depth}-T*{N(2.2 * c.Speed)}+{swell})";
        var reflection = $"0.35*exp(-pow((X/W-{glint})*9,2))";
        var sea = $"255*clip(0.25+0.45*Y/H+0.22*{bands}*(0.35+0.65*Y/H)+{reflection},0,1)";

        var graph = new StringBuilder();
        graph.Append($"{VerticalGradient(w, horizon, c.Fps, p.Deep, p.Mid)},format=rgb24[sky];");
        graph.Append($"color=c={p.Accent.ToFilter()}:s={N(sun)}x{N(sun)}:r={N(c.Fps)},trim=end_frame=1,format=rgba,");
        graph.Append($"geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='255*lte(hypot(X-{N(radius)},Y-{N(radius)}),{N(radius)})'[sun];");
        graph.Append($"[sky][sun]overlay=x={N(sunX)}:y={N(sunY)}:format=rgb,format=yuv420p,{Freeze}[top];");
        graph.Append($"{GrayField(FieldWidth, FieldHeight, c.Fps, sea)},{Ramp(p.Dark, p.Mid, p.Light)},format=yuv420p,");
        graph.Append($"scale={N(w)}x{N(h - horizon)}:flags=bicubic[sea];");
        graph.Append($"[top][sea]vstack[{SceneContext.OutputLabel}]");
        return graph.ToString();
    }
}
