using System.Globalization;
using System.Text.Json.Nodes;

namespace ClipBot.Discord.Tests.Fakes;

/// <summary>
/// A programmed answer of <see cref="FakeDiscordRest"/>. With no <see cref="Status"/> it is the route's
/// default success, plus any <see cref="Headers"/> (e.g. <see cref="WithBucket"/>); the factories make the
/// refusals of the reference (F-D9's 429s, Discord's error bodies, a 5xx from Cloudflare).
/// </summary>
internal sealed record FakeDiscordRestResponse
{
    /// <summary>Null: the route's default success (status and body).</summary>
    public int? Status { get; init; }

    /// <summary>The body as sent; null with a status means none.</summary>
    public string? Body { get; init; }

    public string ContentType { get; init; } = "application/json";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>How long the fake holds the answer, to simulate a slow Discord or a timeout.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>The route's default success.</summary>
    public static FakeDiscordRestResponse Success => new();

    public static FakeDiscordRestResponse NoContent() => new() { Status = 204 };

    public static FakeDiscordRestResponse Json(int status, string body) => new() { Status = status, Body = body };

    /// <summary>Discord's error body: <c>{"code": 50035, "message": "...", "errors": {...}}</c>.</summary>
    public static FakeDiscordRestResponse Error(int status, int code, string message, string? errorsJson = null)
    {
        var body = new JsonObject { ["code"] = code, ["message"] = message };
        if (errorsJson is not null)
        {
            body["errors"] = JsonNode.Parse(errorsJson);
        }

        return Json(status, body.ToJsonString());
    }

    public static FakeDiscordRestResponse Unauthorized() => Error(401, 0, "401: Unauthorized");

    /// <summary>F-D9's per-route 429 (scope <c>user</c>), or a <c>shared</c> one.</summary>
    public static FakeDiscordRestResponse RateLimited(double retryAfterSeconds, string scope = "user", string bucket = "fake-bucket")
    {
        var body = new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfterSeconds, ["global"] = false };
        return Json(429, body.ToJsonString())
            .WithHeader("Retry-After", CeilingSeconds(retryAfterSeconds))
            .WithBucket(bucket, limit: 10, remaining: 0, resetAfterSeconds: retryAfterSeconds)
            .WithHeader("X-RateLimit-Scope", scope);
    }

    /// <summary>F-D9's global 429.</summary>
    public static FakeDiscordRestResponse GlobalRateLimited(double retryAfterSeconds)
    {
        var body = new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfterSeconds, ["global"] = true };
        return Json(429, body.ToJsonString())
            .WithHeader("Retry-After", CeilingSeconds(retryAfterSeconds))
            .WithHeader("X-RateLimit-Global", "true")
            .WithHeader("X-RateLimit-Scope", "global");
    }

    /// <summary>A 5xx as Cloudflare sends it: HTML, no JSON.</summary>
    public static FakeDiscordRestResponse ServerError(int status = 502) =>
        new() { Status = status, Body = $"<html><body>{status}</body></html>", ContentType = "text/html" };

    public FakeDiscordRestResponse WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value } };

    /// <summary>D8's bucket headers (the reset also as an epoch, as Discord sends it).</summary>
    public FakeDiscordRestResponse WithBucket(string bucket, int limit, int remaining, double resetAfterSeconds) => this
        .WithHeader("X-RateLimit-Bucket", bucket)
        .WithHeader("X-RateLimit-Limit", limit.ToString(CultureInfo.InvariantCulture))
        .WithHeader("X-RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture))
        .WithHeader("X-RateLimit-Reset-After", resetAfterSeconds.ToString("0.###", CultureInfo.InvariantCulture))
        .WithHeader("X-RateLimit-Reset", (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + resetAfterSeconds).ToString("0.###", CultureInfo.InvariantCulture));

    public FakeDiscordRestResponse WithDelay(TimeSpan delay) => this with { Delay = delay };

    private static string CeilingSeconds(double seconds) => Math.Ceiling(seconds).ToString(CultureInfo.InvariantCulture);
}
