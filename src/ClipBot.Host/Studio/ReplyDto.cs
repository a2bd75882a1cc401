using ClipBot.Core.Chat;

namespace ClipBot.Host.Studio;

/// <summary>A command's reply as the page shows it: text, buttons, a duel's two takes, and files (their content in base64).</summary>
internal sealed record ReplyDto(string Text, bool Ephemeral, IReadOnlyList<ChatButton> Buttons, IReadOnlyList<string> SideBySide, IReadOnlyList<ChatFile> Files)
{
    public static ReplyDto From(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new(reply.Text, reply.Ephemeral, reply.Buttons, reply.SideBySide.Select(t => t.Value).ToList(), reply.Files);
    }
}
