namespace ClipBot.Core.Chat;

/// <summary>
/// A platform-neutral command: its name without the slash, and the rest of what the user typed,
/// which the command's own parser reads. Adapters that receive structured options join them into
/// <see cref="Arguments"/> as inline flags, so one parser serves every platform.
/// </summary>
public sealed record ChatCommand(string Name, string Arguments, ChatUser Invoker, ChannelRef Channel)
{
    /// <summary>Files that came with the command, e.g. the song of <c>/reel create</c>.</summary>
    public IReadOnlyList<ChatAttachment> Attachments { get; init; } = [];

    /// <summary>The largest file the channel takes in one message, when the platform says (Discord's <c>attachment_size_limit</c>).</summary>
    public long? UploadLimitBytes { get; init; }

    /// <summary>Splits "/clip a city --ar 16:9" into its name and arguments; null when it is not a command.</summary>
    public static ChatCommand? FromText(string text, ChatUser invoker, ChannelRef channel)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('/') || trimmed.Length < 2 || char.IsWhiteSpace(trimmed[1]))
        {
            return null;
        }

        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var name = trimmed[1..end].ToLowerInvariant();
        var arguments = end < trimmed.Length ? trimmed[(end + 1)..] : string.Empty;
        return new ChatCommand(name, arguments, invoker, channel);
    }
}
