using ClipBot.Core.Songs;

namespace ClipBot.Media.Arguments;

/// <summary>
/// Stores an uploaded song once as AAC in faststart M4As, in one decode: the full-quality copy the Studio's
/// cuts mux, and a small copy the delivery-size cuts mux. Both are stream-copied into every cut, so no cut
/// ever re-encodes the sound. Cover art, tags and any other stream are left behind.
/// </summary>
internal static class SongImportArguments
{
    public const string Bitrate = "192k";

    // 48 kHz, the rate video audio is expected at, so players and the concat never have to resample.
    public const string SampleRate = "48000";

    public static string DeliveryBitrate { get; } = $"{Song.DeliveryAudioBitsPerSecond / 1000}k";

    public static IReadOnlyList<string> Build(string sourcePath, string outputPath, string deliveryPath) =>
    [
        .. FfmpegArguments.Prelude,
        "-i", FfmpegArguments.File(sourcePath),
        .. Output(Bitrate, outputPath),
        .. Output(DeliveryBitrate, deliveryPath),
    ];

    private static IEnumerable<string> Output(string bitrate, string path) =>
    [
        "-map", "0:a:0",
        "-vn", "-sn", "-dn",
        "-c:a", "aac",
        "-b:a", bitrate,
        "-ar", SampleRate,
        "-ac", "2",
        .. EncodeSettings.Mp4,
        FfmpegArguments.File(path),
    ];
}
