using System.Globalization;
using System.Text.Json;

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

    private static bool IsMovingPicture(JsonElement stream) =>
        Kind(stream) == "video"
        && !(stream.TryGetProperty("disposition", out var disposition) && Number(disposition, "attached_pic") == 1);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>ffprobe writes some numbers as JSON numbers and others (durations) as strings.</summary>
    private static double? Number(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
