namespace ClipBot.Discord.Rest;

/// <summary>Which credentials a route carries, and so which limits it falls under (D4, D8).</summary>
internal enum DiscordRouteKind
{
    /// <summary>Carries <c>Authorization: Bot …</c>, counts against the global 50 requests/s and ends with the token on a 401.</summary>
    Bot,

    /// <summary>An interaction's webhook: its token is in the path; per-route limits only.</summary>
    InteractionWebhook,

    /// <summary>The first answer to an interaction: token in the path, exempt from every global limit.</summary>
    InteractionCallback,
}
