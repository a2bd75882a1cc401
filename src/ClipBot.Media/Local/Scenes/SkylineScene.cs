using System.Text;
using static ClipBot.Media.Local.Scenes.Fx;

namespace ClipBot.Media.Local.Scenes;

/// <summary>A row of seeded buildings with lit windows against a gradient sky, beacons blinking on the tallest.</summary>
internal static class SkylineScene
{
    private static readonly Rgb BeaconRed = Rgb.FromHex(0xFF2A2A);

    public static string Build(SceneContext c)
    {
        var (w, h, p, rng) = (c.Width, c.Height, c.Palette, c.Random);
        var buildings = Layout(c);
        var cell = Math.Max(5, (int)Math.Round(w / 128.0));
        var (cols, rows) = ((w + cell - 1) / cell, (h + cell - 1) / cell);
        var lit = rng.Range(0.28, 0.55);

        var mask = new StringBuilder($"color=c=black:s={N(w)}x{N(h)}:r={N(c.Fps)},trim=end_frame=1,format=yuv420p");
        foreach (var (x, top, width) in buildings)
        {
            mask.Append($",drawbox=x={N(x)}:y={N(top)}:w={N(width)}:h={N(h - top)}:c=white:t=fill");
        }

        var graph = new StringBuilder();
        graph.Append($"{VerticalGradient(w, h, c.Fps, p.Deep, p.Mid)},format=rgb24[sky];");
        graph.Append($"{GrayField(cols, rows, c.Fps, $"255*lt({Hash(rng.Range(0, 1000))},{N(lit)})")},trim=end_frame=1,");
        graph.Append($"scale={N(cols * cell)}x{N(rows * cell)}:flags=neighbor,crop={N(w)}:{N(h)}:0:0,format=rgb24,");
        graph.Append($"drawgrid=w={N(cell)}:h={N(cell)}:t={N(Math.Max(2, cell * 2 / 5))}:c=black,{Ramp(p.Dark, p.Accent)}[windows];");
        graph.Append($"{mask},format=gray[mask];");
        graph.Append("[windows][mask]alphamerge[buildings];");
        graph.Append($"[sky][buildings]overlay=format=rgb,format=yuv420p,{Freeze}");

        // Beacons on the three tallest, and a few windows switching on and off, keep a still camera alive.
        foreach (var (x, top, width) in buildings.OrderBy(b => b.Top).Take(3))
        {
            var size = Math.Max(4, cell / 2 + 2);
            var period = rng.Range(1.2, 2.2) / c.Speed;
            graph.Append($",drawbox=x={N(x + (width / 2) - (size / 2))}:y={N(Math.Max(0, top - size))}:w={N(size)}:h={N(size)}");
            graph.Append($":c={BeaconRed.ToFilter()}:t=fill:enable='lt(mod(t+{N(rng.Range(0, 2))},{N(period)}),{N(period * 0.4)})'");
        }

        for (var i = 0; i < 10; i++)
        {
            var (x, top, width) = rng.Pick(buildings);
            var column = x + (rng.Next(0, Math.Max(1, width / cell)) * cell);
            var row = rng.Next(top / cell + 1, Math.Max(top / cell + 2, h / cell)) * cell;
            graph.Append($",drawbox=x={N(column)}:y={N(row)}:w={N(cell * 3 / 5)}:h={N(cell * 3 / 5)}:c={p.Accent.ToFilter()}:t=fill");
            graph.Append($":enable='gt(sin(t*{N(rng.Range(1.5, 4) * c.Speed)}+{N(rng.Range(0, 6.28))}),0.3)'");
        }

        graph.Append($"[{SceneContext.OutputLabel}]");
        return graph.ToString();
    }

    private static List<(int X, int Top, int Width)> Layout(SceneContext c)
    {
        var buildings = new List<(int X, int Top, int Width)>();
        var x = -c.Random.Next(0, Math.Max(1, c.Width / 40));
        while (x < c.Width)
        {
            var width = (int)c.Random.Range(c.Width * 0.05, c.Width * 0.11) + 8;
            var height = (int)c.Random.Range(c.Height * 0.25, c.Height * 0.72);
            buildings.Add((Math.Max(0, x), c.Height - height, width + Math.Min(0, x)));
            x += width + (int)c.Random.Range(0, c.Width * 0.012);
        }

        return buildings;
    }
}
