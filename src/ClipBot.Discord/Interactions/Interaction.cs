using System.Text.Json;
using ClipBot.Core.Chat;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// An interaction as ClipBot uses it: who, where, what, and how to answer. <see cref="Data"/> is a copy
/// detached from the received document, so the work after the first answer may read it after the gateway
/// or the HTTP request has let the payload go.
/// </summary>
internal sealed record Interaction(
    string Id,
    string Token,
    InteractionType Type,
    ChatUser User,
    ChannelRef Channel,
    long UploadLimitBytes,
    JsonElement Data,
    DateTimeOffset ReceivedAt)
{
    /// <summary>Discord's default per-file limit, used when an interaction does not say (<c>attachment_size_limit</c>).</summary>
    public const long DefaultUploadLimitBytes = 10L * 1024 * 1024;

    /// <summary>The token of an interaction lasts 15 minutes; edits stop a minute early, so none arrives as it lapses.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(14);

    public string? GuildId { get; init; }

    /// <summary>The message a component sits on (<c>message.id</c>); null for commands.</summary>
    public string? MessageId { get; init; }

    /// <summary>The command's name (type 2) or the component's or modal's <c>custom_id</c> (types 3 and 5).</summary>
    public string Name => Data.ValueKind == JsonValueKind.Object
        && (Data.TryGetProperty("name", out var name) || Data.TryGetProperty("custom_id", out name))
        && name.ValueKind == JsonValueKind.String
            ? name.GetString() ?? string.Empty
            : string.Empty;

    public DateTimeOffset TokenExpiresAt => ReceivedAt + TokenLifetime;
}
