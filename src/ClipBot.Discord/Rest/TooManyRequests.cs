using System.Text.Json;

namespace ClipBot.Discord.Rest;

/// <summary>
/// What a 429 asks for (D8, F-D9): how long to wait, and whether it holds every request (global) or one
/// bucket. The wait is the body's <c>retry_after</c> in seconds, else the <c>Retry-After</c> header, else the
/// bucket's reset; Discord.Net read the global wait as milliseconds, a trap this avoids by reading seconds only.
/// </summary>
internal sealed record TooManyRequests(TimeSpan RetryAfter, bool Global, bool Shared)
{
    // When a 429 says nothing of how long, a second is Discord's usual order of magnitude.
    private static readonly TimeSpan Fallback = TimeSpan.FromSeconds(1);

    public static TooManyRequests Read(RateLimitHeaders headers, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        TimeSpan? retryAfter = null;
        var global = headers.Global;
        try
        {
            if (!body.IsEmpty)
            {
                using var document = JsonDocument.Parse(body);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object)
                {
                    if (root.TryGetProperty("retry_after", out var seconds) && seconds.ValueKind == JsonValueKind.Number)
                    {
                        retryAfter = RateLimitHeaders.Seconds(seconds.GetDouble());
                    }

                    global |= root.TryGetProperty("global", out var flag) && flag.ValueKind == JsonValueKind.True;
                }
            }
        }
        catch (JsonException)
        {
            // Cloudflare's own 429 page is HTML; the headers still tell the wait.
        }

        return new(retryAfter ?? headers.RetryAfter ?? headers.ResetAfter ?? Fallback, global, headers.SharedScope);
    }
}
