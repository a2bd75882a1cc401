using System.Globalization;
using ClipBot.Core.Media;

namespace ClipBot.Media.Arguments;

/// <summary>The short looping preview shown in chat and the Studio: small, slow and a few seconds long.</summary>
internal static class PreviewArguments
{
    public const double Seconds = 2.5;

    /// <summary>
    /// A filter graph segment from <paramref name="input"/> to <paramref name="output"/>: the rate and size
    /// drop, and for GIF a palette made from these very frames, which keeps colours clean in 128 entries.
    /// </summary>
    public static string Filter(string input, string output, Canvas canvas, PreviewStep step, PreviewFormat format)
    {
        ArgumentException.ThrowIfNullOrEmpty(input);
        ArgumentException.ThrowIfNullOrEmpty(output);
        ArgumentNullException.ThrowIfNull(step);

        var (width, height) = Size(canvas, step.LongSide);
        var shrink = $"[{input}]fps={Number(step.Fps)},scale={Number(width)}:{Number(height)},setsar=1";
        return format switch
        {
            PreviewFormat.WebP => $"{shrink}[{output}]",
            PreviewFormat.Gif =>
                $"{shrink},split[{output}_a][{output}_b];" +
                $"[{output}_a]palettegen=max_colors={Number(step.GifColors)}:stats_mode=diff[{output}_p];" +
                $"[{output}_b][{output}_p]paletteuse=dither=bayer:bayer_scale=4:diff_mode=rectangle[{output}]",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown preview format."),
        };
    }

    /// <summary>The output options for the preview, up to and including the file.</summary>
    public static IReadOnlyList<string> Output(PreviewStep step, PreviewFormat format, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(step);

        IReadOnlyList<string> codec = format switch
        {
            // compression_level 3 of 6: a quarter faster than the default for a few per cent more bytes.
            PreviewFormat.WebP =>
                ["-c:v", "libwebp_anim", "-lossless", "0", "-quality", Number(step.WebpQuality), "-compression_level", "3", "-f", "webp"],
            PreviewFormat.Gif => ["-c:v", "gif", "-f", "gif"],
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown preview format."),
        };
        return ["-an", "-sn", "-dn", "-loop", "0", "-map_metadata", "-1", .. codec, FfmpegArguments.File(outputPath)];
    }

    /// <summary>
    /// Renders the preview again from a finished mezzanine, one rung further down the ladder; only used when
    /// the first preview came out over the size limit.
    /// </summary>
    public static IReadOnlyList<string> Rerender(
        string mezzaninePath, TimeSpan start, TimeSpan length, Canvas canvas, PreviewStep step, PreviewFormat format, string outputPath)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(start, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);

        return
        [
            .. FfmpegArguments.Prelude,
            "-ss", Seconds3(start),
            "-t", Seconds3(length),
            "-i", FfmpegArguments.File(mezzaninePath),
            "-filter_complex", Filter("0:v", "preview", canvas, step, format),
            "-map", "[preview]",
            .. Output(step, format, outputPath),
        ];
    }

    /// <summary>A one-frame WebP of a blank picture: it fails fast when this ffmpeg lacks libwebp_anim.</summary>
    public static IReadOnlyList<string> WebPCheck(string outputPath) =>
    [
        .. FfmpegArguments.Prelude,
        "-f", "lavfi",
        "-i", "color=c=black:s=16x16:r=1:d=1",
        "-frames:v", "1",
        "-c:v", "libwebp_anim",
        "-f", "webp",
        FfmpegArguments.File(outputPath),
    ];

    /// <summary>The preview's frame: the long side as asked, the short side from the canvas, both even.</summary>
    public static (int Width, int Height) Size(Canvas canvas, int longSide)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentOutOfRangeException.ThrowIfLessThan(longSide, 16);

        var longer = Math.Max(canvas.Width, canvas.Height);
        var shortSide = Math.Max(2, (int)Math.Round((double)longSide * Math.Min(canvas.Width, canvas.Height) / longer / 2) * 2);
        return canvas.Width >= canvas.Height ? (longSide, shortSide) : (shortSide, longSide);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds3(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
