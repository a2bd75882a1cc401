namespace ClipBot.Discord.Rest;

/// <summary>
/// One REST call's method and path. <see cref="Template"/> names the route with its ids left out: it is what
/// logs show (paths of interaction routes carry a token) and, with <see cref="MajorParameter"/>, what the
/// per-route rate limits are keyed by until Discord names the route's bucket.
/// </summary>
internal readonly record struct DiscordRoute(HttpMethod Method, string Template, string Path, string MajorParameter, DiscordRouteKind Kind)
{
    public bool UsesBotToken => Kind == DiscordRouteKind.Bot;

    public static DiscordRoute InteractionCallback(string interactionId, string interactionToken) => new(
        HttpMethod.Post,
        "POST /interactions/{interaction}/{token}/callback",
        $"/interactions/{Segment(interactionId)}/{Segment(interactionToken)}/callback",
        interactionId,
        DiscordRouteKind.InteractionCallback);

    public static DiscordRoute EditOriginal(string applicationId, string interactionToken) => new(
        HttpMethod.Patch,
        "PATCH /webhooks/{application}/{token}/messages/@original",
        $"/webhooks/{Segment(applicationId)}/{Segment(interactionToken)}/messages/@original",
        WebhookMajor(applicationId, interactionToken),
        DiscordRouteKind.InteractionWebhook);

    public static DiscordRoute FollowUp(string applicationId, string interactionToken) => new(
        HttpMethod.Post,
        "POST /webhooks/{application}/{token}",
        $"/webhooks/{Segment(applicationId)}/{Segment(interactionToken)}",
        WebhookMajor(applicationId, interactionToken),
        DiscordRouteKind.InteractionWebhook);

    public static DiscordRoute CreateMessage(string channelId) => new(
        HttpMethod.Post,
        "POST /channels/{channel}/messages",
        $"/channels/{Segment(channelId)}/messages",
        channelId,
        DiscordRouteKind.Bot);

    public static DiscordRoute DeleteMessage(string channelId, string messageId) => new(
        HttpMethod.Delete,
        "DELETE /channels/{channel}/messages/{message}",
        $"/channels/{Segment(channelId)}/messages/{Segment(messageId)}",
        channelId,
        DiscordRouteKind.Bot);

    public static DiscordRoute OverwriteCommands(string applicationId, string? guildId) => guildId is null
        ? new(
            HttpMethod.Put,
            "PUT /applications/{application}/commands",
            $"/applications/{Segment(applicationId)}/commands",
            string.Empty,
            DiscordRouteKind.Bot)
        : new(
            HttpMethod.Put,
            "PUT /applications/{application}/guilds/{guild}/commands",
            $"/applications/{Segment(applicationId)}/guilds/{Segment(guildId)}/commands",
            guildId,
            DiscordRouteKind.Bot);

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "GET /gateway/bot", "/gateway/bot", string.Empty, DiscordRouteKind.Bot);

    /// <summary>The template only: the path may hold an interaction token, which never reaches a log.</summary>
    public override string ToString() => Template;

    // Discord keys a webhook's limits by its id and token together (D8).
    private static string WebhookMajor(string webhookId, string token) => $"{webhookId}/{token}";

    private static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Uri.EscapeDataString(value);
    }
}
