using System.Text.Json.Nodes;
using ClipBot.Core.Results;

namespace ClipBot.Discord.Rest;

/// <summary>
/// The REST calls ClipBot makes to Discord, each within the rate limits (per-route buckets, the global limit,
/// 429s waited out, a 401 ending the token's use). Discord's refusals come back as <see cref="Error"/>s with a
/// plain message and the kind that decides what the caller does (see <see cref="DiscordErrors"/>): NotFound for
/// an expired interaction or a gone channel, Forbidden for missing permissions or a refused token, Invalid for
/// what Discord won't take (a file too big for the channel), RateLimited when a wait would be too long, and
/// Transient for Discord's 5xx, timeouts and network faults. The caller's cancellation throws.
/// Messages always allow mentions of <see cref="DiscordMessage.MentionUserIds"/> only; files are streamed from disk
/// as <c>multipart/form-data</c>. A malformed message (content over 2000 characters, more than 10 files) throws.
/// </summary>
internal interface IDiscordRest
{
    /// <summary>
    /// <c>POST /interactions/{id}/{token}/callback</c>: the first answer to an interaction (due within 3 s).
    /// Exempt from the global limits. A deferral (5) takes only the message's <see cref="DiscordMessage.Ephemeral"/>.
    /// </summary>
    Task<Result<bool>> RespondAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>
    /// <c>PATCH /webhooks/{application}/{token}/messages/@original</c>: edits the deferred answer (while the token
    /// lives, 15 min). Who sees it was settled by the first answer, so <see cref="DiscordMessage.Ephemeral"/> is not
    /// sent; files sent here replace the message's attachments.
    /// </summary>
    Task<Result<bool>> EditOriginalAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken);

    /// <summary><c>POST /webhooks/{application}/{token}</c>: a follow-up message; returns its id.</summary>
    Task<Result<string>> FollowUpAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /channels/{channel}/messages</c>, multipart when it has files; returns the message's id. A channel
    /// message is public: an <see cref="DiscordMessage.Ephemeral"/> one throws.
    /// </summary>
    Task<Result<string>> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken);

    /// <summary><c>DELETE /channels/{channel}/messages/{message}</c>: takes a message the bot posted down, files and all.</summary>
    Task<Result<bool>> DeleteMessageAsync(string channelId, string messageId, CancellationToken cancellationToken);

    /// <summary><c>PUT /applications/{application}[/guilds/{guild}]/commands</c>: replaces every command.</summary>
    Task<Result<bool>> OverwriteCommandsAsync(string? guildId, JsonArray commands, CancellationToken cancellationToken);

    /// <summary>
    /// <c>GET /gateway/bot</c>: the gateway's URL and the session start limit (null fields when Discord's answer
    /// lacks it; only a missing or unreadable URL is an error).
    /// </summary>
    Task<Result<DiscordGatewayInfo>> GetGatewayAsync(CancellationToken cancellationToken);
}
