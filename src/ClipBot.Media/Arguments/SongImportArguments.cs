namespace ClipBot.Media.Arguments;

/// <summary>
/// Stores an uploaded song once as AAC in a faststart M4A: the form every cut muxes by stream copy, so no
/// cut ever re-encodes the sound. Cover art, tags and any other stream are left behind.
/// </summary>
internal static class SongImportArguments
{
    public const string Bitrate = "192k";

    // 48 kHz, the rate video audio is expected at, so players and the concat never have to resample.
    public const string SampleRate = "48000";

    public static IReadOnlyList<string> Build(string sourcePath, string outputPath) =>
    [
        .. FfmpegArguments.Prelude,
        "-i", FfmpegArguments.File(sourcePath),
        "-map", "0:a:0",
        "-vn", "-sn", "-dn",
        "-c:a", "aac",
        "-b:a", Bitrate,
        "-ar", SampleRate,
        "-ac", "2",
        .. EncodeSettings.Mp4,
        FfmpegArguments.File(outputPath),
    ];
}
