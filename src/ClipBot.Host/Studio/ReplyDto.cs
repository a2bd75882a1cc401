using ClipBot.Core.Chat;

namespace ClipBot.Host.Studio;

internal sealed record ReplyDto(string Text, bool Ephemeral, IReadOnlyList<ChatButton> Buttons)
{
    public static ReplyDto From(ChatReply reply) => new(reply.Text, reply.Ephemeral, reply.Buttons);
}
