using System.Text;
using static ClipBot.Media.Local.Scenes.Fx;

namespace ClipBot.Media.Local.Scenes;

/// <summary>A far treeline, seeded trees with lumpy crowns, and fireflies drifting between the trunks.</summary>
internal static class ForestScene
{
    // Masks are drawn this much smaller than the scene, once, and scaled up soft.
    private const int MaskDivisor = 8;

    public static string Build(SceneContext c)
    {
        var (w, h, p, rng) = (c.Width, c.Height, c.Palette, c.Random);
        var line = $"{N(rng.Range(0.4, 0.5))}+0.06*sin(X/W*{N(rng.Range(9, 16))}+{N(rng.Range(0, 6.28))})" +
            $"+0.03*sin(X/W*{N(rng.Range(25, 40))}+{N(rng.Range(0, 6.28))})";

        // Edges fade over about a mask pixel, so the scaled-up mask is smooth rather than stepped.
        var treeline = $"255*clip((Y-H*({line}))+0.5,0,1)";
        var trees = Trees(c);
        var leaves = $"255*{Hash(rng.Range(0, 1000))}";
        var (maskWidth, maskHeight) = (Even(w / (double)MaskDivisor), Even(h / (double)MaskDivisor));

        var graph = new StringBuilder();
        graph.Append($"{VerticalGradient(w, h, c.Fps, p.Mid, p.Light)},format=rgb24[sky];");
        graph.Append($"color=c={p.Mid.Mix(p.Dark, 0.55).ToFilter()}:s={N(w)}x{N(h)}:r={N(c.Fps)},trim=end_frame=1,format=rgb24[farink];");
        graph.Append($"{GrayField(maskWidth, maskHeight, c.Fps, treeline)},trim=end_frame=1,scale={N(w)}x{N(h)}:flags=bicubic[farmask];");
        graph.Append("[farink][farmask]alphamerge[far];");
        graph.Append("[sky][far]overlay=format=rgb,format=yuv420p");
        foreach (var tree in trees)
        {
            var x = (int)((tree.X * w) - (tree.Trunk * w / 2));
            var top = (int)(tree.Y * h);
            graph.Append($",drawbox=x={N(x)}:y={N(top)}:w={N(Math.Max(4, (int)(tree.Trunk * w)))}:h={N(h - top)}:c={p.Dark.ToFilter()}:t=fill");
        }

        graph.Append($",drawbox=x=0:y={N(h - (h / 12))}:w={N(w)}:h={N(h / 12)}:c={p.Dark.ToFilter()}:t=fill[trunks];");
        graph.Append($"{GrayField(Even(w / 24.0), Even(h / 24.0), c.Fps, leaves)},trim=end_frame=1,{Ramp(p.Dark, p.Mid.Mix(p.Dark, 0.2))},scale={N(w)}x{N(h)}:flags=bicubic[leafink];");
        graph.Append($"{GrayField(maskWidth, maskHeight, c.Fps, Crowns(trees))},trim=end_frame=1,scale={N(w)}x{N(h)}:flags=bicubic[leafmask];");
        graph.Append("[leafink][leafmask]alphamerge[canopy];");
        graph.Append($"[trunks][canopy]overlay,{Freeze}[grove];");
        Fireflies(c, graph, "grove");
        return graph.ToString();
    }

    private static List<(double X, double Y, double Rx, double Ry, double Trunk)> Trees(SceneContext c)
    {
        var count = c.Random.Next(5, 9);
        var slot = 1.0 / count;
        var trees = new List<(double X, double Y, double Rx, double Ry, double Trunk)>();
        for (var i = 0; i < count; i++)
        {
            var x = (i * slot) + c.Random.Range(slot * 0.2, slot * 0.8);
            var radiusX = c.Random.Range(0.6, 1.0) * slot;
            trees.Add((x, c.Random.Range(0.12, 0.35), radiusX, radiusX * c.Width / c.Height * c.Random.Range(0.7, 1.1), c.Random.Range(0.012, 0.03)));
        }

        return trees;
    }

    /// <summary>
    /// One lumpy ellipse per tree in normalised coordinates: positive inside, with a wobble by angle so
    /// the edge reads as foliage rather than a balloon.
    /// </summary>
    private static string Crowns(List<(double X, double Y, double Rx, double Ry, double Trunk)> trees)
    {
        var inside = trees.Select(t =>
            $"1-hypot((X/W-{N(t.X)})/{N(t.Rx)},(Y/H-{N(t.Y)})/{N(t.Ry)})+0.12*sin(atan2(Y/H-{N(t.Y)},X/W-{N(t.X)})*7+{N(t.X * 40)})");
        var union = inside.Aggregate((left, right) => $"max({left},{right})");
        return $"255*clip({union}*18+0.5,0,1)";
    }

    private static void Fireflies(SceneContext c, StringBuilder graph, string input)
    {
        const int Count = 8;
        var (w, h, rng) = (c.Width, c.Height, c.Random);
        graph.Append($"{Sprite(6, 6, c.Fps, c.Palette.Accent)},split={N(Count)}");
        for (var i = 0; i < Count; i++)
        {
            graph.Append($"[fly{N(i)}]");
        }

        graph.Append(';');
        var previous = input;
        for (var i = 0; i < Count; i++)
        {
            var (x, y) = (rng.Range(w * 0.05, w * 0.95), rng.Range(h * 0.45, h * 0.85));
            var next = i == Count - 1 ? SceneContext.OutputLabel : $"glow{N(i)}";
            graph.Append($"[{previous}][fly{N(i)}]overlay=x='{N(x)}+{N(w * 0.04)}*sin(t*{N(rng.Range(0.6, 1.6) * c.Speed)}+{N(rng.Range(0, 6.28))})'");
            graph.Append($":y='{N(y)}+{N(h * 0.04)}*sin(t*{N(rng.Range(0.8, 2) * c.Speed)}+{N(rng.Range(0, 6.28))})'[{next}]");
            graph.Append(i == Count - 1 ? string.Empty : ";");
            previous = next;
        }
    }
}
