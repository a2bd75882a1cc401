using System.Text.Json.Nodes;
using ClipBot.Core.Results;

namespace ClipBot.Discord.Rest;

/// <summary>
/// The REST calls ClipBot makes to Discord, each within the rate limits (per-route buckets, the global limit,
/// 429s waited out, a 401 ending the token's use). Discord's refusals come back as <see cref="Error"/>s with a
/// plain message and the kind that decides what the caller does (see <see cref="DiscordErrorCodes"/>).
/// </summary>
internal interface IDiscordRest
{
    /// <summary><c>POST /interactions/{id}/{token}/callback</c>: the first answer to an interaction (due within 3 s).</summary>
    Task<Result<bool>> RespondAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary><c>PATCH /webhooks/{application}/{token}/messages/@original</c>: edits the deferred answer (while the token lives, 15 min).</summary>
    Task<Result<bool>> EditOriginalAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken);

    /// <summary><c>POST /webhooks/{application}/{token}</c>: a follow-up message; returns its id.</summary>
    Task<Result<string>> FollowUpAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken);

    /// <summary><c>POST /channels/{channel}/messages</c>, multipart when it has files; returns the message's id.</summary>
    Task<Result<string>> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken);

    /// <summary><c>PUT /applications/{application}[/guilds/{guild}]/commands</c>: replaces every command.</summary>
    Task<Result<bool>> OverwriteCommandsAsync(string? guildId, JsonArray commands, CancellationToken cancellationToken);

    /// <summary><c>GET /gateway/bot</c>: the gateway's URL.</summary>
    Task<Result<Uri>> GetGatewayUrlAsync(CancellationToken cancellationToken);
}
