using System.Text;
using static ClipBot.Media.Local.Scenes.Fx;

namespace ClipBot.Media.Local.Scenes;

/// <summary>Tongues of flame licking upwards, with embers rising out of them.</summary>
internal static class FireScene
{
    // The flames are computed this small every frame and scaled up; they are soft, so little is lost.
    private const int FieldWidth = 64;
    private const int FieldHeight = 36;

    public static string Build(SceneContext c)
    {
        var (w, h, p, rng) = (c.Width, c.Height, c.Palette, c.Random);
        var s = c.Speed;

        // Each column's flame reaches a height that wavers over time; inside it, heat rises and flickers.
        var reach = $"(0.45+0.2*sin(X*{N(rng.Range(0.27, 0.45))}+T*{N(2.1 * s)}+{N(rng.Range(0, 6.28))})" +
            $"+0.15*sin(X*{N(rng.Range(0.68, 1.05))}-T*{N(3.3 * s)}+{N(rng.Range(0, 6.28))}))";
        var flicker = $"(0.8+0.2*sin(Y*{N(rng.Range(0.6, 0.9))}+T*{N(9 * s)}+sin(X*0.45)*2))";

        // geq interprets its expression per pixel, so the reach is computed once (st) and reused (ld).
        var flames = $"st(0,{reach});255*clip(pow(clip((Y/H-1+ld(0))/ld(0),0,1),0.7)*{flicker},0,1)";

        var graph = new StringBuilder();
        graph.Append($"{GrayField(FieldWidth, FieldHeight, c.Fps, flames)},{Ramp(p.Deep, p.Mid, p.Light, p.Accent)},format=yuv420p,");
        graph.Append($"scale={N(w)}x{N(h)}:flags=bicubic[flames];");

        const int Embers = 6;
        graph.Append($"{Sprite(5, 5, c.Fps, p.Accent)},split={N(Embers)}");
        for (var i = 0; i < Embers; i++)
        {
            graph.Append($"[ember{N(i)}]");
        }

        graph.Append(';');
        var previous = "flames";
        for (var i = 0; i < Embers; i++)
        {
            var next = i == Embers - 1 ? SceneContext.OutputLabel : $"sparks{N(i)}";
            var climb = h * rng.Range(0.25, 0.45) * s;
            graph.Append($"[{previous}][ember{N(i)}]overlay=x='{N(rng.Range(w * 0.1, w * 0.9))}+{N(w * 0.03)}*sin(t*{N(rng.Range(2, 4))})'");
            graph.Append($":y='{N(h)}-mod(t*{N(climb)}+{N(rng.Range(0, h))},{N(h)})'[{next}]");
            graph.Append(i == Embers - 1 ? string.Empty : ";");
            previous = next;
        }

        return graph.ToString();
    }
}
