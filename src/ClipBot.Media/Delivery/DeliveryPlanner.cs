using System.Globalization;
using ClipBot.Core.Results;

namespace ClipBot.Media.Delivery;

/// <summary>
/// Turns a byte cap and a duration into a bit rate and a frame size, or says the video cannot fit. The
/// bit rate comes first and the size follows it: fewer, sharper pixels look better than many blurred ones.
/// </summary>
internal static class DeliveryPlanner
{
    /// <summary>Below this, H.264 at 240p turns to mush: better to post a link to the real thing.</summary>
    public const long FloorBitsPerSecond = 100_000;

    /// <summary>5 % of the cap is left for the MP4 index and the encoder's misses.</summary>
    public const double CapShare = 0.95;

    public const long RichAudioBitsPerSecond = 128_000;
    public const long LeanAudioBitsPerSecond = 96_000;

    // (lowest video rate, short side): the first whose rate the budget reaches.
    private static readonly (long BitsPerSecond, int ShortSide)[] Ladder =
    [
        (1_500_000, 720),
        (600_000, 480),
        (250_000, 360),
        (0, 240),
    ];

    public static Result<DeliveryPlan> Plan(double durationSeconds, long capBytes, bool hasAudio, int sourceShortSide)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(durationSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceShortSide);

        var totalBitsPerSecond = capBytes * CapShare * 8 / durationSeconds;

        // The sound gets the richer rate only when it costs the picture little.
        var audio = !hasAudio ? 0 : totalBitsPerSecond >= 1_000_000 ? RichAudioBitsPerSecond : LeanAudioBitsPerSecond;
        var video = (long)Math.Floor(totalBitsPerSecond - audio);
        if (video < FloorBitsPerSecond)
        {
            var smallestMiB = (FloorBitsPerSecond + audio) * durationSeconds / 8 / CapShare / (1024 * 1024);
            return Error.Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"Even at the lowest sane quality ({FloorBitsPerSecond / 1000} kbit/s) this video would be {smallestMiB:0.#} MiB, " +
                $"over the {capBytes / (1024.0 * 1024):0.##} MiB limit; post a link instead."));
        }

        // Never upscale: a small source keeps its size and spends the rate on quality.
        var sourceEven = Math.Max(2, sourceShortSide / 2 * 2);
        return new DeliveryPlan(video, audio, Math.Min(ShortSideFor(video), sourceEven));
    }

    /// <summary>The frame's short side a video bit rate can keep sharp.</summary>
    public static int ShortSideFor(long videoBitsPerSecond) => Ladder.First(rung => videoBitsPerSecond >= rung.BitsPerSecond).ShortSide;
}
