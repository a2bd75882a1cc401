using System.Globalization;

namespace ClipBot.Media.Arguments;

/// <summary>
/// The x264 rules that let takes be joined by stream copy: every take of a canvas gets byte-identical
/// stream headers, and every 0.5 s starts a closed GOP, so a cut may begin on any half second.
/// </summary>
internal static class StitchableH264
{
    public const double KeyframeSeconds = 0.5;

    // Fixed rather than "auto": x264's output depends on its thread count, and two suit the 2-core target.
    public const string Threads = "2";

    /// <summary>
    /// The <c>-force_key_frames</c> value that puts a keyframe on every half second. The GOP length alone
    /// misses the half second at odd rates; forcing by time keeps the grid.
    /// </summary>
    public static string KeyframeGrid { get; } = $"expr:gte(t,n_forced*{KeyframeSeconds.ToString(CultureInfo.InvariantCulture)})";

    public static IReadOnlyList<string> Arguments(int width, int height, int fps)
    {
        var gop = ((fps + 1) / 2).ToString(CultureInfo.InvariantCulture);
        return
        [
            "-c:v", "libx264",
            "-pix_fmt", "yuv420p",
            "-profile:v", "high",
            "-level:v", H264Level.For(width, height, fps),

            // B-frames would reorder across a cut point and give the stream a decode delay.
            "-bf", "0",

            // A keyframe every half second and nowhere else: scene cuts would shift the grid per take.
            "-g", gop,
            "-keyint_min", gop,
            "-sc_threshold", "0",

            "-force_key_frames", KeyframeGrid,

            // stitchable keeps x264 from tuning the headers to one clip; open-gop=0 makes every GOP closed.
            "-x264-params", "stitchable=1:open-gop=0",
            "-threads", Threads,
            "-flags:v", "+bitexact",

            // Sources tag their colours differently; the headers must not, so every take says BT.709.
            "-color_range", "tv",
            "-colorspace", "bt709",
            "-color_primaries", "bt709",
            "-color_trc", "bt709",

            // The MP4 time base ffmpeg would choose for this rate anyway, pinned so every take agrees.
            "-video_track_timescale", (fps * 512).ToString(CultureInfo.InvariantCulture),
        ];
    }
}
