using System.Globalization;

namespace ClipBot.Media.Arguments;

/// <summary>
/// Decodes a song's sound to raw mono 32-bit float samples for the beat detector: headerless, so the file
/// is read as a plain array; little-endian, as every machine ClipBot runs on is.
/// </summary>
internal static class SongPcmArguments
{
    public static IReadOnlyList<string> Build(string songPath, int sampleRate, string outputPath)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1000);

        return
        [
            .. FfmpegArguments.Prelude,
            "-i", FfmpegArguments.File(songPath),
            "-map", "0:a:0",
            "-vn", "-sn", "-dn",
            "-ac", "1",
            "-ar", sampleRate.ToString(CultureInfo.InvariantCulture),
            "-c:a", "pcm_f32le",
            "-f", "f32le",
            FfmpegArguments.File(outputPath),
        ];
    }
}
