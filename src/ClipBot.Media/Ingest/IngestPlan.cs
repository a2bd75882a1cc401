using ClipBot.Core.Media;
using ClipBot.Media.Arguments;

namespace ClipBot.Media.Ingest;

/// <summary>
/// What one ingest makes, in frames of the canvas: counting frames rather than seconds is what makes the
/// mezzanine's length exact and the cut's timeline add up.
/// </summary>
internal sealed record IngestPlan(
    MezzanineSettings Mezzanine,
    int Frames,
    int PosterFrame,
    int PreviewStartFrame,
    int PreviewEndFrame,
    DeliveryRenditionSettings? Delivery,
    double? ReadSeconds)
{
    public Canvas Canvas => Mezzanine.Canvas;

    public double DurationSeconds => (double)Frames / Canvas.Fps;

    public TimeSpan PreviewStart => TimeSpan.FromSeconds((double)PreviewStartFrame / Canvas.Fps);

    public TimeSpan PreviewLength => TimeSpan.FromSeconds((double)(PreviewEndFrame - PreviewStartFrame) / Canvas.Fps);

    public static IngestPlan Create(IngestProfile profile, double sourceSeconds)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceSeconds);
        if (profile.SlotSeconds is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(profile), profile.SlotSeconds, "A slot must last longer than zero.");
        }

        var mezzanine = new MezzanineSettings(profile.Canvas);
        var fps = profile.Canvas.Fps;
        var frames = Math.Max(1, (int)Math.Round((profile.SlotSeconds ?? sourceSeconds) * fps, MidpointRounding.AwayFromZero));

        // The preview is the middle of the take: the start of a generated clip is often still settling.
        var previewFrames = Math.Min(frames, (int)Math.Round(PreviewArguments.Seconds * fps));
        var previewStart = (frames - previewFrames) / 2;
        var delivery = profile.DeliveryVideoBitsPerSecond is { } bits
            ? new DeliveryRenditionSettings(profile.Canvas, profile.DeliveryHeight, bits)
            : null;

        // A slot needs no more of the source than itself; a second more covers the rate conversion's rounding.
        double? read = profile.SlotSeconds is { } slot ? slot + 1 : null;
        return new IngestPlan(mezzanine, frames, frames / 2, previewStart, previewStart + previewFrames, delivery, read);
    }
}
