using System.Globalization;

namespace ClipBot.Media.Local;

/// <summary>An sRGB colour as FFmpeg's filters take it.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb FromHex(int hex) => new((byte)(hex >> 16), (byte)(hex >> 8), (byte)hex);

    /// <summary>The <c>0xRRGGBB</c> form, which needs no escaping in a filter graph (unlike <c>#</c>).</summary>
    public string ToFilter() => string.Create(CultureInfo.InvariantCulture, $"0x{R:X2}{G:X2}{B:X2}");

    public Rgb Mix(Rgb other, double amount) => new(
        Lerp(R, other.R, amount),
        Lerp(G, other.G, amount),
        Lerp(B, other.B, amount));

    private static byte Lerp(byte from, byte to, double amount) =>
        (byte)Math.Round(from + ((to - from) * Math.Clamp(amount, 0, 1)));
}
