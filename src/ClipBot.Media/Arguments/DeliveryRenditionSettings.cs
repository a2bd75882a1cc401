using System.Globalization;
using ClipBot.Core.Media;

namespace ClipBot.Media.Arguments;

/// <summary>
/// A take's chat-sized rendition: the canvas's aspect at a small height and the reel's bit budget, with the
/// mezzanine's GOP rules, so the delivery-size cut is a stream-copy concat that fits the cap by construction.
/// </summary>
internal sealed record DeliveryRenditionSettings
{
    // The preset decides header fields (reference frames, CABAC, 8x8 transforms), and the cut renders its own
    // pieces with the mezzanine's preset: a different one here would break the delivery cut's stream copy.
    public const string Preset = MezzanineSettings.Preset;

    // Measured here on 0.5–4.4 s takes from clean and noisy sources: a 90 % target with a peak at the budget
    // and half a second of buffer lands at 77–94 % of the budget, container included, never over it.
    public const double TargetShare = 0.9;
    public const double BufferSeconds = 0.5;

    public DeliveryRenditionSettings(Canvas canvas, int height, long bitsPerSecond)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(bitsPerSecond, 1_000);

        Height = Even(height);
        Width = Even((double)height * canvas.Width / canvas.Height);
        BitsPerSecond = bitsPerSecond;
        RateControl = ["-b:v", Bits(bitsPerSecond * TargetShare), "-maxrate", Bits(bitsPerSecond), "-bufsize", Bits(bitsPerSecond * BufferSeconds)];
        Arguments =
        [
            .. StitchableH264.Arguments(Width, Height, canvas.Fps),
            "-preset", Preset,
            .. RateControl,
            "-an", "-sn", "-dn",
        ];
    }

    public int Width { get; }

    public int Height { get; }

    public long BitsPerSecond { get; }

    /// <summary>How the rendition spends bits: an average under the budget, and a peak and buffer that never pass it.</summary>
    public IReadOnlyList<string> RateControl { get; }

    /// <summary>The output options of the rendition, before the container options and the file name.</summary>
    public IReadOnlyList<string> Arguments { get; }

    private static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2, MidpointRounding.AwayFromZero) * 2);

    private static string Bits(double value) => ((long)value).ToString(CultureInfo.InvariantCulture);
}
