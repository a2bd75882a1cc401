using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClipBot.Redis.Serialization;

/// <summary>Writes an id as its plain string, as it appears in keys, URLs and chat, not as an object.</summary>
internal abstract class StringIdJsonConverter<TId>(string kind, Func<string, TId> parse, Func<TId, string> text) : JsonConverter<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        parse(reader.GetString() ?? throw new JsonException($"A {kind} id must be a string."));

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(text(value));
}
