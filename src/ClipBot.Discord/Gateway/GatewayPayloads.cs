using System.Buffers;
using System.Text.Json;

namespace ClipBot.Discord.Gateway;

/// <summary>The frames ClipBot sends, as UTF-8 JSON exactly in the documented shapes.</summary>
internal static class GatewayPayloads
{
    // Discord closes the connection with 4002 on a larger frame.
    public const int MaxFrameBytes = 4096;

    // Slash commands and buttons need no intent: INTERACTION_CREATE is sent to every bot.
    private const int Intents = 0;

    private const string ClientName = "clipbot";

    public static byte[] Heartbeat(long? sequence) => Write(GatewayOpCode.Heartbeat, writer =>
    {
        if (sequence is { } s)
        {
            writer.WriteNumberValue(s);
        }
        else
        {
            writer.WriteNullValue();
        }
    });

    /// <param name="token">The bot token as configured, without a <c>Bot </c> prefix.</param>
    public static byte[] Identify(string token, int shardId, int shardCount) => Write(GatewayOpCode.Identify, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", token);
        writer.WriteNumber("intents", Intents);
        writer.WriteStartObject("properties");
        writer.WriteString("os", OperatingSystemName());
        writer.WriteString("browser", ClientName);
        writer.WriteString("device", ClientName);
        writer.WriteEndObject();
        writer.WriteStartArray("shard");
        writer.WriteNumberValue(shardId);
        writer.WriteNumberValue(shardCount);
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, long? sequence) => Write(GatewayOpCode.Resume, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", token);
        writer.WriteString("session_id", sessionId);
        if (sequence is { } s)
        {
            writer.WriteNumber("seq", s);
        }
        else
        {
            writer.WriteNull("seq");
        }

        writer.WriteEndObject();
    });

    private static byte[] Write(GatewayOpCode op, Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", (int)op);
            writer.WritePropertyName("d");
            writeData(writer);
            writer.WriteEndObject();
        }

        if (buffer.WrittenCount > MaxFrameBytes)
        {
            // Only an absurd token could get here; better a clear error than Discord's 4002 in a reconnect loop.
            throw new InvalidOperationException($"A gateway {op} frame of {buffer.WrittenCount} bytes is over Discord's {MaxFrameBytes}.");
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string OperatingSystemName() =>
        OperatingSystem.IsLinux() ? "linux"
        : OperatingSystem.IsWindows() ? "windows"
        : OperatingSystem.IsMacOS() ? "macos"
        : "unknown";
}
