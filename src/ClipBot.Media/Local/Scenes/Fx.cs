using System.Globalization;
using System.Text;

namespace ClipBot.Media.Local.Scenes;

/// <summary>
/// Filter-graph fragments the scenes share. Expressions are wrapped in single quotes so their commas stay
/// inside one filter; none of them ever holds user text.
/// </summary>
internal static class Fx
{
    /// <summary>Computes the first frame only and repeats it, so a static layer costs one frame, not every frame.</summary>
    public const string Freeze = "trim=end_frame=1,loop=loop=-1:size=1";

    /// <summary>A number as FFmpeg reads it, whatever the machine's culture.</summary>
    public static string N(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number with the digits a fractal coordinate needs.</summary>
    public static string Precise(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>A per-pixel pseudo-random value in [0, 1) for geq; the salt makes each seed's pattern its own.</summary>
    public static string Hash(double salt) =>
        $"mod(abs(sin(X*12.9898+Y*78.233+{N(salt)})*43758.5453),1)";

    /// <summary>A one-frame vertical gradient source from <paramref name="top"/> to <paramref name="bottom"/>.</summary>
    public static string VerticalGradient(int width, int height, int fps, Rgb top, Rgb bottom) =>
        $"gradients=s={N(width)}x{N(height)}:r={N(fps)}:c0={top.ToFilter()}:c1={bottom.ToFilter()}" +
        $":x0=0:y0=0:x1=0:y1={N(height - 1)}:n=2:speed=0.00001,trim=end_frame=1";

    /// <summary>A small grey-level source computed by a geq expression (T is the time in seconds).</summary>
    public static string GrayField(int width, int height, int fps, string expression) =>
        $"color=c=black:s={N(width)}x{N(height)}:r={N(fps)},format=gray,geq=lum='{expression}'";

    /// <summary>
    /// Maps grey levels to colours, evenly spaced from black to white; <c>lutrgb</c> is a table, so this
    /// costs the same at any size.
    /// </summary>
    public static string Ramp(params Rgb[] stops)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stops.Length, 2);

        return $"format=rgb24,lutrgb=r='{Channel(stops, c => c.R)}':g='{Channel(stops, c => c.G)}':b='{Channel(stops, c => c.B)}'";
    }

    /// <summary>A solid colour sprite, made once and repeated.</summary>
    public static string Sprite(int width, int height, int fps, Rgb color) =>
        $"color=c={color.ToFilter()}:s={N(width)}x{N(height)}:r={N(fps)},{Freeze}";

    public static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2) * 2);

    private static string Channel(Rgb[] stops, Func<Rgb, byte> channel)
    {
        var segments = stops.Length - 1;
        var expression = new StringBuilder();
        for (var i = 0; i < segments; i++)
        {
            var from = 255.0 * i / segments;
            var to = 255.0 * (i + 1) / segments;
            var start = channel(stops[i]);
            var end = channel(stops[i + 1]);
            var line = $"{N(start)}+({N(end - start)})*(val-{N(from)})/{N(to - from)}";
            expression.Append(i < segments - 1 ? $"if(lt(val,{N(to)}),{line}," : line);
        }

        expression.Append(')', segments - 1);
        return expression.ToString();
    }
}
