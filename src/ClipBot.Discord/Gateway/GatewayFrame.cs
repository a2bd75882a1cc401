using System.Text.Json;

namespace ClipBot.Discord.Gateway;

/// <summary>
/// One frame received, <c>{"op","d","s","t"}</c>. <see cref="Data"/> belongs to the document it was read from:
/// clone it to keep it past that document's disposal.
/// </summary>
internal readonly record struct GatewayFrame(GatewayOpCode Op, JsonElement Data, long? Sequence, string? EventName)
{
    /// <exception cref="JsonException">The frame is not a gateway payload (no whole-number <c>op</c>).</exception>
    public static GatewayFrame Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("op", out var op)
            || op.ValueKind != JsonValueKind.Number
            || !op.TryGetInt32(out var opCode))
        {
            throw new JsonException("A gateway frame without a numeric op.");
        }

        var data = root.TryGetProperty("d", out var d) ? d : default;
        long? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var number) ? number : null;
        var eventName = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new GatewayFrame((GatewayOpCode)opCode, data, sequence, eventName);
    }
}
