using ClipBot.Core.Chat;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Commands;

/// <summary>The reply to a command, whether it was accepted, and the take it queued if it queued one.</summary>
public sealed record CommandOutcome(ChatReply Reply, bool Accepted, TakeId? TakeId = null)
{
    public static CommandOutcome Refused(string text) => new(ChatReply.Refusal(text), Accepted: false);
}
