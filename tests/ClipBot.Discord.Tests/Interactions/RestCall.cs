using System.Text.Json.Nodes;
using ClipBot.Discord.Rest;

namespace ClipBot.Discord.Tests.Interactions;

/// <summary>One call <see cref="RecordingRest"/> saw: which, with which token (or channel, or guild), and when.</summary>
internal sealed record RestCall(string Name, string Target, TimeSpan At)
{
    public string? InteractionId { get; init; }

    public InteractionResponse? Response { get; init; }

    public DiscordMessage? Message { get; init; }

    public JsonArray? Commands { get; init; }

    public string? MessageId { get; init; }

    public IReadOnlyList<long> FileBytes { get; init; } = [];
}
