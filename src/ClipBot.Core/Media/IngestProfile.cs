namespace ClipBot.Core.Media;

/// <summary>
/// How a take is ingested. A take of a reel is normalized to the reel's canvas and fitted to its slot, and
/// gets a delivery rendition at the reel's bit budget; a take on its own keeps its length and has none.
/// </summary>
/// <param name="Canvas">The frame size, rate and fit of the mezzanine.</param>
/// <param name="SlotSeconds">The slot's length: longer clips are trimmed, shorter ones hold their last frame; null keeps the clip's length.</param>
/// <param name="DeliveryVideoBitsPerSecond">The delivery rendition's video bit rate; null for no delivery rendition.</param>
/// <param name="DeliveryHeight">The delivery rendition's frame height (the width follows the canvas's aspect).</param>
public sealed record IngestProfile(Canvas Canvas, double? SlotSeconds = null, long? DeliveryVideoBitsPerSecond = null, int DeliveryHeight = 480)
{
    /// <summary>The bit budget per second of a delivery rendition: (cap × 0.95 − audio) ÷ song length, all in bits.</summary>
    public static long DeliveryBudget(long capBytes, double songSeconds, long audioBitsPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(songSeconds);
        var totalBits = capBytes * 8 * 0.95;
        return (long)Math.Floor((totalBits / songSeconds) - audioBitsPerSecond);
    }
}
