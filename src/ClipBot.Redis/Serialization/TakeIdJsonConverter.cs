using System.Text.Json;
using System.Text.Json.Serialization;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.Serialization;

/// <summary>Writes a take id as its plain string, as it appears in keys, URLs and chat.</summary>
internal sealed class TakeIdJsonConverter : JsonConverter<TakeId>
{
    public override TakeId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A take id must be a string."));

    public override void Write(Utf8JsonWriter writer, TakeId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
