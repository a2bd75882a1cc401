using System.Net;

namespace ClipBot.Discord.Rest;

/// <summary>One response as read off the wire: its status, its rate-limit headers and its whole (small) body.</summary>
internal sealed record DiscordAnswer(HttpStatusCode Status, RateLimitHeaders Limits, ReadOnlyMemory<byte> Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}
