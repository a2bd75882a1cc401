namespace ClipBot.Discord.Rest;

/// <summary>
/// <c>GET /gateway/bot</c>'s answer: where to connect, and how many new sessions (Identify) the bot may still
/// start before Discord resets its token. The limit is null when Discord's answer did not carry it readably.
/// </summary>
/// <param name="SessionsRemaining">The session start limit's <c>remaining</c>; a Resume does not spend one.</param>
/// <param name="SessionsResetAfter">The session start limit's <c>reset_after</c>: when <c>remaining</c> is full again.</param>
internal sealed record DiscordGatewayInfo(Uri Url, int? SessionsRemaining, TimeSpan? SessionsResetAfter);
