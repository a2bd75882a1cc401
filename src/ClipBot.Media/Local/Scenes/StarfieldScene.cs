using System.Text;
using static ClipBot.Media.Local.Scenes.Fx;

namespace ClipBot.Media.Local.Scenes;

/// <summary>Seeded stars over a soft nebula, a few twinkling, and one shooting star crossing.</summary>
internal static class StarfieldScene
{
    public static string Build(SceneContext c)
    {
        var (w, h, p, rng) = (c.Width, c.Height, c.Palette, c.Random);
        var nebula = $"255*clip(0.35+0.3*sin(X*{N(rng.Range(0.08, 0.2))}+{N(rng.Range(0, 6.28))})*sin(Y*{N(rng.Range(0.1, 0.25))}+{N(rng.Range(0, 6.28))})" +
            $"+0.25*sin((X+Y)*{N(rng.Range(0.05, 0.12))}+{N(rng.Range(0, 6.28))})-0.15,0,1)";

        // Stars live on a half-size grid, so each is a 2x2 dot that survives scaling and compression.
        var (sw, sh) = (Even(w / 2.0), Even(h / 2.0));
        var stars = $"255*gt({Hash(rng.Range(0, 1000))},0.9955)*(0.35+0.65*{Hash(rng.Range(0, 1000))})";

        var graph = new StringBuilder();
        graph.Append($"{GrayField(64, 36, c.Fps, nebula)},trim=end_frame=1,{Ramp(p.Deep, p.Deep, p.Mid, p.Light)},scale={N(w)}x{N(h)}:flags=bicubic[sky];");
        graph.Append($"{GrayField(sw, sh, c.Fps, stars)},trim=end_frame=1,scale={N(w)}x{N(h)}:flags=neighbor[mask];");
        graph.Append($"color=c={p.Accent.ToFilter()}:s={N(w)}x{N(h)}:r={N(c.Fps)},trim=end_frame=1,format=rgb24[ink];");
        graph.Append("[ink][mask]alphamerge[stars];");
        graph.Append($"[sky][stars]overlay=format=rgb,format=yuv420p,{Freeze}");

        for (var i = 0; i < 14; i++)
        {
            var size = rng.Next(3, 6);
            graph.Append($",drawbox=x={N(rng.Next(0, w - size))}:y={N(rng.Next(0, h - size))}:w={N(size)}:h={N(size)}:c={p.Light.ToFilter()}:t=fill");
            graph.Append($":enable='gt(sin(t*{N(rng.Range(2, 6) * c.Speed)}+{N(rng.Range(0, 6.28))}),0.1)'");
        }

        graph.Append("[field];");
        var start = rng.Range(0.1, Math.Max(0.2, c.Seconds - 1.0));
        var (x0, y0) = (rng.Range(0, w * 0.5), rng.Range(0, h * 0.4));
        var speed = w * 0.9 * Math.Max(0.6, c.Speed);
        graph.Append($"color=c=white:s=90x2:r={N(c.Fps)},format=rgba,geq=r='255':g='255':b='255':a='255*X/W',{Freeze}[meteor];");
        graph.Append($"[field][meteor]overlay=x='{N(x0)}+{N(speed)}*(t-{N(start)})':y='{N(y0)}+{N(speed * 0.18)}*(t-{N(start)})'");
        graph.Append($":enable='between(t,{N(start)},{N(start + 0.8)})'[{SceneContext.OutputLabel}]");
        return graph.ToString();
    }
}
