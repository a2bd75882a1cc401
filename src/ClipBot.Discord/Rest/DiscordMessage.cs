using System.Text.Json.Nodes;

namespace ClipBot.Discord.Rest;

/// <summary>
/// A message ClipBot sends: its text, components (already rendered to Discord's JSON), files, and the only
/// users it may mention (never @everyone or roles). Ephemeral messages are seen by the invoker only.
/// </summary>
internal sealed record DiscordMessage(string? Content)
{
    public const int MaxContentLength = 2000;

    public JsonArray? Components { get; init; }

    public IReadOnlyList<DiscordFile> Files { get; init; } = [];

    /// <summary>User ids the message may ping; everyone else named in it is shown but not notified.</summary>
    public IReadOnlyList<string> MentionUserIds { get; init; } = [];

    public bool Ephemeral { get; init; }
}
