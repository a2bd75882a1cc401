using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClipBot.Discord.Rest;

/// <summary>
/// Writes the JSON bodies of D4 and D7 (the shapes of F-D7 and F-D8). Every message allows mentions of its
/// <see cref="DiscordMessage.MentionUserIds"/> only (<c>"parse": []</c> turns off @everyone, roles and the
/// rest), and a message with files lists them in <c>attachments</c> with ids that match the <c>files[n]</c> parts.
/// </summary>
internal static class MessagePayload
{
    public const int EphemeralFlag = 64;

    public const int MaxFiles = 10;

    /// <summary><c>{"type": 5, "data": {"flags": 64}}</c> and its kin.</summary>
    public static ReadOnlyMemory<byte> Callback(InteractionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("type", response.Type);
            switch (response.Type)
            {
                case InteractionResponse.DeferredChannelMessage:
                    // A deferral carries no message yet; EPHEMERAL is the only flag it takes, and decides who sees the answer.
                    if (response.Message?.Ephemeral == true)
                    {
                        writer.WriteStartObject("data");
                        writer.WriteNumber("flags", EphemeralFlag);
                        writer.WriteEndObject();
                    }

                    break;
                case InteractionResponse.ChannelMessage or InteractionResponse.UpdateMessage:
                    var message = response.Message
                        ?? throw new ArgumentException($"A callback of type {response.Type} needs a message.", nameof(response));
                    writer.WritePropertyName("data");

                    // An update edits a message whose visibility is already set.
                    WriteMessage(writer, message, writeFlags: response.Type == InteractionResponse.ChannelMessage);
                    break;
                case InteractionResponse.ShowModal:
                    var modal = response.Modal
                        ?? throw new ArgumentException("A modal callback needs the modal's data.", nameof(response));
                    writer.WritePropertyName("data");
                    modal.WriteTo(writer);
                    break;
                default:
                    if (response.Modal is { } data)
                    {
                        writer.WritePropertyName("data");
                        data.WriteTo(writer);
                    }

                    break;
            }

            writer.WriteEndObject();
        });
    }

    /// <summary>A message's body; <paramref name="writeFlags"/> is false for edits, which can't change who sees a message.</summary>
    public static ReadOnlyMemory<byte> Message(DiscordMessage message, bool writeFlags)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Write(writer => WriteMessage(writer, message, writeFlags));
    }

    public static ReadOnlyMemory<byte> Array(JsonArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        return Write(writer => array.WriteTo(writer));
    }

    private static void WriteMessage(Utf8JsonWriter writer, DiscordMessage message, bool writeFlags)
    {
        if (message.Content is { Length: > DiscordMessage.MaxContentLength })
        {
            throw new ArgumentException(
                $"A message's content is at most {DiscordMessage.MaxContentLength} characters; this one has {message.Content.Length}.", nameof(message));
        }

        if (message.Files.Count > MaxFiles)
        {
            throw new ArgumentException($"A message carries at most {MaxFiles} files; this one has {message.Files.Count}.", nameof(message));
        }

        writer.WriteStartObject();
        if (message.Content is not null)
        {
            writer.WriteString("content", message.Content);
        }

        if (message.Components is not null)
        {
            writer.WritePropertyName("components");

            // WriteTo, not adding the node to a new tree: a JsonNode has one parent, and the caller keeps its array.
            message.Components.WriteTo(writer);
        }

        writer.WriteStartObject("allowed_mentions");
        writer.WriteStartArray("parse");
        writer.WriteEndArray();
        if (message.MentionUserIds.Count > 0)
        {
            writer.WriteStartArray("users");
            foreach (var userId in message.MentionUserIds.Distinct(StringComparer.Ordinal))
            {
                writer.WriteStringValue(userId);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        if (writeFlags && message.Ephemeral)
        {
            writer.WriteNumber("flags", EphemeralFlag);
        }

        if (message.Files.Count > 0)
        {
            writer.WriteStartArray("attachments");
            for (var i = 0; i < message.Files.Count; i++)
            {
                var file = message.Files[i];
                if (!IsPlainFileName(file.FileName))
                {
                    throw new ArgumentException($"File names are generated, printable ASCII without quotes or backslashes: \"{file.FileName}\".", nameof(message));
                }

                writer.WriteStartObject();
                writer.WriteNumber("id", i);
                writer.WriteString("filename", file.FileName);
                if (file.Description is not null)
                {
                    writer.WriteString("description", file.Description);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    // File names go into a multipart header and an attachment:// URL as they are.
    private static bool IsPlainFileName(string name) =>
        name.Length > 0 && name.All(c => c is >= ' ' and <= '~' and not '"' and not '\\' and not '/');

    private static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenMemory;
    }
}
