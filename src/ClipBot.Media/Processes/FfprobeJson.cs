using System.Globalization;
using System.Text.Json;

namespace ClipBot.Media.Processes;

/// <summary>The reading rules shared by every parser of ffprobe's JSON output.</summary>
internal static class FfprobeJson
{
    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>ffprobe writes some numbers as JSON numbers and others (durations) as strings.</summary>
    public static double? Number(JsonElement element, string name)
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

    /// <summary>A video stream that moves: cover art attached to an audio file is a video stream too, but not a picture that moves.</summary>
    public static bool IsMovingPicture(JsonElement stream) =>
        string.Equals(Text(stream, "codec_type"), "video", StringComparison.Ordinal)
        && !(stream.TryGetProperty("disposition", out var disposition) && Number(disposition, "attached_pic") == 1);
}
