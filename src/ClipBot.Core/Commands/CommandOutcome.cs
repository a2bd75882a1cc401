using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Commands;

/// <summary>The reply to a command, whether it was accepted, and the take it queued if it queued one.</summary>
public sealed record CommandOutcome(ChatReply Reply, bool Accepted, TakeId? TakeId = null)
{
    /// <summary>The reel the command created, so an adapter that answers with a resource (the Studio API) can name it.</summary>
    public ReelId? ReelId { get; init; }

    /// <summary>
    /// What kind of refusal this is, where the handler knows it, so an adapter that answers with a status (the
    /// Studio API) can tell "not allowed" and "not found" from bad input. Null for an accepted command and a plain refusal.
    /// </summary>
    public ErrorKind? RefusalKind { get; init; }

    public static CommandOutcome Refused(string text) => new(ChatReply.Refusal(text), Accepted: false);

    public static CommandOutcome Refused(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(ChatReply.Refusal(error.Message), Accepted: false) { RefusalKind = error.Kind };
    }
}
