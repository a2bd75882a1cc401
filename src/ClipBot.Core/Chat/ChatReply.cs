using ClipBot.Core.Takes;

namespace ClipBot.Core.Chat;

/// <summary>
/// What goes back to the channel. Discord renders it as components, Slack as Block Kit, the Studio as JSON.
/// Ephemeral replies are seen only by the invoker: every refusal is ephemeral.
/// </summary>
public sealed record ChatReply(string Text, bool Ephemeral)
{
    public IReadOnlyList<ChatButton> Buttons { get; init; } = [];

    /// <summary>The take this reply is about, when there is one; adapters attach its media.</summary>
    public TakeId? TakeId { get; init; }

    /// <summary>Two takes to show side by side, left then right, for a duel; empty otherwise.</summary>
    public IReadOnlyList<TakeId> SideBySide { get; init; } = [];

    /// <summary>Files that go with the reply, e.g. a reel's export.</summary>
    public IReadOnlyList<ChatFile> Files { get; init; } = [];

    public static ChatReply Refusal(string text) => new(text, Ephemeral: true);
}
