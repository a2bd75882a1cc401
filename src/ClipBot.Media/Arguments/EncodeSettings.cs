namespace ClipBot.Media.Arguments;

/// <summary>
/// The x264 and MP4 settings every ClipBot encode shares. Fixed threads and bit-exact flags make the same
/// input give the same bytes; faststart puts the index first so browsers play before the download ends.
/// </summary>
internal static class EncodeSettings
{
    public const string Preset = "veryfast";
    public const string Crf = "23";

    // Fixed rather than "auto", because x264's output depends on its thread count.
    public const string Threads = "2";

    public static IReadOnlyList<string> X264 { get; } =
    [
        "-c:v", "libx264",
        "-preset", Preset,
        "-crf", Crf,
        "-pix_fmt", "yuv420p",
        "-profile:v", "high",
        "-threads", Threads,
        "-flags:v", "+bitexact",
    ];

    public static IReadOnlyList<string> Mp4 { get; } =
    [
        "-map_metadata", "-1",
        "-fflags", "+bitexact",
        "-movflags", "+faststart",
        "-f", "mp4",
    ];
}
