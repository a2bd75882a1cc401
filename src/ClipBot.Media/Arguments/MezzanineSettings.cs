using ClipBot.Core.Media;

namespace ClipBot.Media.Arguments;

/// <summary>
/// The one set of encoder settings for every take of a canvas. The cut joins mezzanines by stream copy,
/// which only works when their stream headers match, so nothing here may depend on the source.
/// </summary>
internal sealed record MezzanineSettings
{
    // veryfast keeps ingest of a 4 s clip well under 3 s on two cores; CRF 20 keeps it close to the source.
    public const string Preset = "veryfast";
    public const string Crf = "20";

    /// <summary>How a mezzanine spends bits: a constant quality, whatever the length.</summary>
    public static IReadOnlyList<string> RateControl { get; } = ["-crf", Crf];

    public MezzanineSettings(Canvas canvas)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (canvas.Width <= 0 || canvas.Height <= 0 || canvas.Width % 2 != 0 || canvas.Height % 2 != 0 || canvas.Fps <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(canvas), canvas, "A canvas needs even, positive sides and a positive rate.");
        }

        Canvas = canvas;
        Arguments =
        [
            .. StitchableH264.Arguments(canvas.Width, canvas.Height, canvas.Fps),
            "-preset", Preset,
            .. RateControl,
            "-an", "-sn", "-dn",
        ];
    }

    public Canvas Canvas { get; }

    /// <summary>The output options of a mezzanine, before the container options and the file name.</summary>
    public IReadOnlyList<string> Arguments { get; }
}
