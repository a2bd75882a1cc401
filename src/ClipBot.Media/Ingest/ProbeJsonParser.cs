using System.Text.Json;
using static ClipBot.Media.Processes.FfprobeJson;

namespace ClipBot.Media.Ingest;

/// <summary>Reads <c>ffprobe -print_format json -show_format -show_streams</c> output.</summary>
internal static class ProbeJsonParser
{
    /// <summary>The probe, or null when the text is not ffprobe's JSON at all.</summary>
    public static ProbeInfo? Parse(string json)
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

            var hasStreams = root.TryGetProperty("streams", out var streams) && streams.ValueKind == JsonValueKind.Array;
            (VideoStreamInfo Info, double? Duration)? video = hasStreams
                ? streams.EnumerateArray().Where(IsMovingPicture).Select(ReadVideo).FirstOrDefault()
                : null;
            var hasAudio = hasStreams && streams.EnumerateArray().Any(s => string.Equals(Text(s, "codec_type"), "audio", StringComparison.Ordinal));
            var duration = Number(format, "duration") ?? video?.Duration;
            return new ProbeInfo(Text(format, "format_name") ?? string.Empty, duration, video?.Info, hasAudio);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (VideoStreamInfo Info, double? Duration)? ReadVideo(JsonElement stream)
    {
        var rotation = 0;
        if (stream.TryGetProperty("side_data_list", out var sideData) && sideData.ValueKind == JsonValueKind.Array)
        {
            rotation = sideData.EnumerateArray().Select(item => (int?)Number(item, "rotation")).FirstOrDefault(r => r is not null) ?? 0;
        }

        var info = new VideoStreamInfo(
            Text(stream, "codec_name") ?? string.Empty,
            Text(stream, "pix_fmt"),
            (int)(Number(stream, "width") ?? 0),
            (int)(Number(stream, "height") ?? 0),
            rotation);
        return (info, Number(stream, "duration"));
    }
}
