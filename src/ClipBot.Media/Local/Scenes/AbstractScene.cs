using static ClipBot.Media.Local.Scenes.Fx;

namespace ClipBot.Media.Local.Scenes;

/// <summary>
/// For prompts without a known subject: one of a plasma, Conway's life, a cellular automaton or a
/// Mandelbrot view, picked by the seed and painted in the palette.
/// </summary>
internal static class AbstractScene
{
    private static readonly int[] Rules = [18, 30, 45, 57, 73, 86, 90, 105, 110, 150];

    private static readonly (double X, double Y, double Scale)[] MandelbrotViews =
    [
        (-0.743643887, 0.131825904, 0.02), (-0.7453, 0.1127, 0.01), (-0.16, 1.0405, 0.03),
        (-1.25066, 0.02012, 0.01), (-0.748, 0.1, 0.03), (0.282, 0.01, 0.02),
    ];

    public static string Build(SceneContext c) => c.Random.Next(0, 4) switch
    {
        0 => Plasma(c),
        1 => Life(c),
        2 => Automaton(c),
        _ => Mandelbrot(c),
    };

    private static string Plasma(SceneContext c)
    {
        var (p, rng, s) = (c.Palette, c.Random, c.Speed);
        var field = $"255*(0.5+0.25*sin(X*{N(rng.Range(0.08, 0.2))}+T*{N(1.1 * s)})+0.25*sin(hypot(X-{N(rng.Range(0, 80))},Y-{N(rng.Range(0, 45))})*{N(rng.Range(0.12, 0.3))}-T*{N(1.7 * s)}))";
        return $"{GrayField(80, 45, c.Fps, field)},{Ramp(p.Deep, p.Mid, p.Accent, p.Light)},format=yuv420p,{Upscale(c, "bicubic")}";
    }

    private static string Life(SceneContext c)
    {
        var (p, rng) = (c.Palette, c.Random);
        var generationsPerSecond = Math.Max(4, (int)Math.Round(10 * c.Speed));
        return $"life=s=96x54:r={N(generationsPerSecond)}:ratio={N(rng.Range(0.2, 0.45))}:seed={N(rng.Next(0, int.MaxValue))}:mold=12" +
            $":life_color={p.Accent.ToFilter()}:death_color={p.Deep.ToFilter()}:mold_color={p.Mid.ToFilter()},fps={N(c.Fps)},format=yuv420p,{Upscale(c, "neighbor")}";
    }

    private static string Automaton(SceneContext c)
    {
        var (p, rng) = (c.Palette, c.Random);
        var rowsPerSecond = Math.Max(4, (int)Math.Round(12 * c.Speed));
        return $"cellauto=s=96x54:r={N(rowsPerSecond)}:rule={N(rng.Pick(Rules))}:seed={N(rng.Next(0, int.MaxValue))}:scroll=1:full=1" +
            $",fps={N(c.Fps)},format=gray,{Ramp(p.Deep, p.Accent)},format=yuv420p,{Upscale(c, "neighbor")}";
    }

    private static string Mandelbrot(SceneContext c)
    {
        var (p, rng) = (c.Palette, c.Random);
        var (x, y, scale) = rng.Pick(MandelbrotViews);
        var zoom = scale * rng.Range(0.6, 1.4);
        return $"mandelbrot=s=320x180:r={N(c.Fps)}:maxiter=160:start_x={Precise(x)}:start_y={Precise(y)}:start_scale={Precise(zoom)}:end_scale={Precise(zoom)}:inner=black,trim=end_frame=1,format=gray," +
            $"{Ramp(p.Deep, p.Mid, p.Light, p.Accent)},{Freeze},format=yuv420p,hue=h='t*{N(25 * c.Speed)}',{Upscale(c, "bicubic")}";
    }

    private static string Upscale(SceneContext c, string flags) =>
        $"scale={N(c.Width)}x{N(c.Height)}:flags={flags},setsar=1[{SceneContext.OutputLabel}]";
}
