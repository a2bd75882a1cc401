using System.Text.Json;
using static ClipBot.Media.Processes.FfprobeJson;

namespace ClipBot.Media.Songs;

/// <summary>Reads the audio side of <c>ffprobe -print_format json -show_format -show_streams</c>.</summary>
internal static class SongProbeParser
{
    /// <summary>The probe, or null when the text is not ffprobe's JSON at all.</summary>
    public static SongProbe? Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format))
            {
                return null;
            }

            var streams = root.TryGetProperty("streams", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().ToArray()
                : [];
            var audio = streams.FirstOrDefault(stream => Kind(stream) == "audio");
            var codec = audio.ValueKind == JsonValueKind.Object ? Text(audio, "codec_name") ?? string.Empty : null;
            var duration = Number(format, "duration") ?? (codec is null ? null : Number(audio, "duration"));
            return new SongProbe(Text(format, "format_name") ?? string.Empty, duration, codec, streams.Any(IsMovingPicture));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Kind(JsonElement stream) => Text(stream, "codec_type");
}
