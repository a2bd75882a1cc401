using System.Globalization;
using System.Net.Http.Headers;

namespace ClipBot.Discord.Rest;

/// <summary>
/// The <c>X-RateLimit-*</c> headers of one response (D8). Every number is optional: a route that sends none
/// has no per-route limit. Times are in seconds with decimals, read as such.
/// </summary>
internal sealed record RateLimitHeaders(
    string? Bucket, int? Limit, int? Remaining, TimeSpan? ResetAfter, TimeSpan? RetryAfter, bool Global, string? Scope)
{
    /// <summary>A 429 of this scope is about a resource others share; it does not count toward the invalid-request ban.</summary>
    public bool SharedScope => string.Equals(Scope, "shared", StringComparison.OrdinalIgnoreCase);

    public static RateLimitHeaders Read(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new(
            Text(headers, "X-RateLimit-Bucket"),
            int.TryParse(Text(headers, "X-RateLimit-Limit"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) ? limit : null,
            int.TryParse(Text(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining) ? remaining : null,
            Seconds(Text(headers, "X-RateLimit-Reset-After")),
            Seconds(Text(headers, "Retry-After")),
            string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Text(headers, "X-RateLimit-Scope"));
    }

    /// <summary>Seconds as Discord writes them (<c>64.57</c>); negative, infinite or unreadable values give null.</summary>
    public static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? Seconds(seconds) : null;

    /// <inheritdoc cref="Seconds(string?)"/>
    public static TimeSpan? Seconds(double seconds) =>
        double.IsFinite(seconds) && seconds >= 0 ? TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2)) : null;

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
