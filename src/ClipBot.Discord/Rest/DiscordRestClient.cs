using System.Text.Json;
using System.Text.Json.Nodes;
using ClipBot.Core.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Rest;

/// <summary>
/// <see cref="IDiscordRest"/> on <see cref="HttpClient"/>: builds each call's route and body to the reference
/// (D4, D5, D7) and leaves the sending, the limits and the refusals to <see cref="DiscordRequestSender"/>.
/// </summary>
internal sealed class DiscordRestClient(DiscordRequestSender sender, IOptions<DiscordOptions> options, ILogger<DiscordRestClient> logger) : IDiscordRest
{
    public async Task<Result<bool>> RespondAsync(
        string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var route = DiscordRoute.InteractionCallback(interactionId, interactionToken);
        return Done(await sender.SendAsync(new(route, MessagePayload.Callback(response), response.Message?.Files ?? []), cancellationToken));
    }

    public async Task<Result<bool>> EditOriginalAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var route = DiscordRoute.EditOriginal(ApplicationId(), interactionToken);
        return Done(await sender.SendAsync(new(route, MessagePayload.Message(message, writeFlags: false), message.Files), cancellationToken));
    }

    public async Task<Result<string>> FollowUpAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var route = DiscordRoute.FollowUp(ApplicationId(), interactionToken);
        var sent = await sender.SendAsync(new(route, MessagePayload.Message(message, writeFlags: true), message.Files), cancellationToken);
        return ReadString(route, sent, "id");
    }

    public async Task<Result<string>> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        // Only an interaction's answer can be seen by one member; posted to a channel it would be public, the
        // opposite of what the caller asked for.
        if (message.Ephemeral)
        {
            throw new ArgumentException("A channel message can't be ephemeral; answer the interaction instead.", nameof(message));
        }

        var route = DiscordRoute.CreateMessage(channelId);
        var sent = await sender.SendAsync(new(route, MessagePayload.Message(message, writeFlags: true), message.Files), cancellationToken);
        return ReadString(route, sent, "id");
    }

    public async Task<Result<bool>> DeleteMessageAsync(string channelId, string messageId, CancellationToken cancellationToken)
    {
        var route = DiscordRoute.DeleteMessage(channelId, messageId);
        return Done(await sender.SendAsync(new(route, ReadOnlyMemory<byte>.Empty, []), cancellationToken));
    }

    public async Task<Result<bool>> OverwriteCommandsAsync(string? guildId, JsonArray commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var route = DiscordRoute.OverwriteCommands(ApplicationId(), guildId);
        return Done(await sender.SendAsync(new(route, MessagePayload.Array(commands), []), cancellationToken));
    }

    public async Task<Result<DiscordGatewayInfo>> GetGatewayAsync(CancellationToken cancellationToken)
    {
        var route = DiscordRoute.GatewayBot();
        var sent = await sender.SendAsync(new(route, ReadOnlyMemory<byte>.Empty, []), cancellationToken);
        var url = ReadString(route, sent, "url");
        if (!url.IsSuccess)
        {
            return url.Error;
        }

        if (!Uri.TryCreate(url.Value, UriKind.Absolute, out var uri))
        {
            logger.AnswerUnreadable(route.Template, "url");
            return DiscordErrors.Unreadable;
        }

        var (remaining, resetAfter) = SessionStartLimit(sent.Value);
        return new DiscordGatewayInfo(uri, remaining, resetAfter);
    }

    private static Result<bool> Done(Result<ReadOnlyMemory<byte>> sent) => sent.IsSuccess ? true : sent.Error;

    /// <summary>The session start limit of an answer whose <c>url</c> was read, so whose body is a JSON object.</summary>
    private static (int? Remaining, TimeSpan? ResetAfter) SessionStartLimit(ReadOnlyMemory<byte> body)
    {
        // Without the limit the answer still says where to connect; the caller decides what an unknown limit means.
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("session_start_limit", out var limit) || limit.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        int? remaining = limit.TryGetProperty("remaining", out var count)
            && count.ValueKind == JsonValueKind.Number
            && count.TryGetInt32(out var sessions)
            && sessions >= 0
                ? sessions
                : null;

        // Bounded so that a wait for it stays within what a timer can wait (Discord's own is at most a day).
        TimeSpan? resetAfter = limit.TryGetProperty("reset_after", out var reset)
            && reset.ValueKind == JsonValueKind.Number
            && reset.TryGetDouble(out var milliseconds)
            && milliseconds is >= 0 and <= int.MaxValue
                ? TimeSpan.FromMilliseconds(milliseconds)
                : null;
        return (remaining, resetAfter);
    }

    private Result<string> ReadString(DiscordRoute route, Result<ReadOnlyMemory<byte>> sent, string property)
    {
        if (!sent.IsSuccess)
        {
            return sent.Error;
        }

        try
        {
            using var document = JsonDocument.Parse(sent.Value);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(property, out var value)
                && value.ValueKind == JsonValueKind.String
                && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }
        }
        catch (JsonException)
        {
            // Falls through to the same error as a body without the property.
        }

        logger.AnswerUnreadable(route.Template, property);
        return DiscordErrors.Unreadable;
    }

    private string ApplicationId()
    {
        var applicationId = options.Value.ApplicationId;
        return string.IsNullOrWhiteSpace(applicationId)
            ? throw new InvalidOperationException("Discord:ApplicationId is not set; interaction webhooks and commands need it.")
            : applicationId;
    }
}
