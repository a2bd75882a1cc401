using System.Text.Json.Nodes;
using ClipBot.Core.Results;
using ClipBot.Discord.Rest;

namespace ClipBot.Discord.Tests.Gateway;

/// <summary>The one REST call the gateway makes, <c>GET /gateway/bot</c>, answered with a fixed result; the rest are not for it.</summary>
internal sealed class GatewayUrlRest(Result<Uri> gatewayUrl) : IDiscordRest
{
    public int GatewayUrlCalls { get; private set; }

    public Task<Result<Uri>> GetGatewayUrlAsync(CancellationToken cancellationToken)
    {
        GatewayUrlCalls++;
        return Task.FromResult(gatewayUrl);
    }

    public Task<Result<bool>> RespondAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<bool>> EditOriginalAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<string>> FollowUpAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<string>> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<bool>> DeleteMessageAsync(string channelId, string messageId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<bool>> OverwriteCommandsAsync(string? guildId, JsonArray commands, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
