using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using ClipBot.Core.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Rest;

/// <summary>
/// Sends one <see cref="DiscordRequest"/> within Discord's limits (D8): it waits out the route's bucket, a
/// global 429's pause and the 50 requests/s of bot routes; a 429 is waited out and retried up to
/// <see cref="MaxAttempts"/> times; a 401 on a bot route ends the token's use for good; and the
/// <see cref="InvalidRequestCounter"/> slows or holds requests long before Discord's ban. Refusals come back as
/// <see cref="Error"/>s; the caller's cancellation throws.
/// </summary>
internal sealed class DiscordRequestSender(
    IHttpClientFactory httpClients,
    IOptions<DiscordOptions> options,
    RouteBuckets buckets,
    GlobalRateLimit globalLimit,
    InvalidRequestCounter invalidRequests,
    TimeProvider time,
    ILogger<DiscordRequestSender> logger)
{
    public const string HttpClientName = "ClipBot.Discord.Rest";

    /// <summary>Attempts of one call when Discord answers 429; a 429 means the request was not carried out.</summary>
    public const int MaxAttempts = 3;

    /// <summary>Per attempt; a 10 MiB upload on a slow uplink takes its time, and Discord.Net's 15 s is tight for that.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest rate-limit wait a call sits through; past it the call returns a rate-limit error, since a
    /// caller is better off deciding than hanging (a shared-scope 429 can ask for 20 minutes, F-D9).
    /// </summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    /// <summary>D0: <c>DiscordBot ($url, $versionNumber)</c>; Cloudflare may block requests without it.</summary>
    public static readonly string UserAgent = $"DiscordBot (https://github.com/clipbot/clipbot, {Version()})";

    private int _tokenRefused;

    /// <summary>True once Discord refused the bot token; bot routes fail fast from then on.</summary>
    public bool TokenRefused => Volatile.Read(ref _tokenRefused) == 1;

    /// <summary>The answer's body on a 2xx; an <see cref="Error"/> for every refusal and network fault.</summary>
    public async Task<Result<ReadOnlyMemory<byte>>> SendAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var route = request.Route;
        if (Refuses(route))
        {
            return DiscordErrors.TokenRefused;
        }

        using var lease = await buckets.AcquireAsync(route, cancellationToken);
        var bucket = lease.Bucket;
        for (var attempt = 1; ; attempt++)
        {
            if (await WaitForLimitsAsync(route, bucket, cancellationToken) is { } held)
            {
                return held;
            }

            var sent = await SendOnceAsync(request, cancellationToken);
            if (!sent.IsSuccess)
            {
                return sent.Error;
            }

            var answer = sent.Value;
            if (answer.Limits.Bucket is { } hash)
            {
                bucket = buckets.Learn(route, hash, bucket);
            }

            bucket.Update(answer.Limits, time.GetUtcNow());
            if (answer.IsSuccess)
            {
                return answer.Body;
            }

            if (answer.Status != HttpStatusCode.TooManyRequests)
            {
                return Refused(route, answer);
            }

            // A 429: Discord did not carry the request out, so sending it again is safe.
            var tooMany = TooManyRequests.Read(answer.Limits, answer.Body);
            if (!tooMany.Shared)
            {
                invalidRequests.Record();
            }

            // The route's own bucket waits too, even on a global 429: callbacks don't wait for global pauses, and
            // their retry must not go at once.
            bucket.Exhaust(time.GetUtcNow() + tooMany.RetryAfter);
            if (tooMany.Global)
            {
                globalLimit.Pause(tooMany.RetryAfter);
                logger.GlobalRateLimited(route.Template, (long)tooMany.RetryAfter.TotalMilliseconds);
            }

            if (attempt >= MaxAttempts)
            {
                logger.RateLimitGaveUp(route.Template, attempt);
                return DiscordErrors.RateLimited;
            }

            logger.RateLimited(route.Template, answer.Limits.Scope, (long)tooMany.RetryAfter.TotalMilliseconds, attempt, MaxAttempts);
        }
    }

    private bool Refuses(DiscordRoute route) => route.UsesBotToken && TokenRefused;

    // Holds the request until every limit lets it go; an error when one won't in time.
    private async Task<Error?> WaitForLimitsAsync(DiscordRoute route, RateLimitBucket bucket, CancellationToken cancellationToken)
    {
        if (!invalidRequests.TryAdmit(out var wait))
        {
            logger.CallHeld(route.Template);
            return DiscordErrors.TooManyRefusals;
        }

        while (true)
        {
            var bucketWait = bucket.WaitBefore(time.GetUtcNow());

            // Callbacks are exempt from the global limit (D4), and a callback held past 3 s is lost anyway.
            var globalWait = route.Kind == DiscordRouteKind.InteractionCallback ? TimeSpan.Zero : globalLimit.PauseLeft();
            wait = Longest(wait, Longest(bucketWait, globalWait));
            if (wait <= TimeSpan.Zero)
            {
                break;
            }

            if (wait > MaxWait)
            {
                logger.RateLimitWaitTooLong(route.Template, (long)wait.TotalMilliseconds, (long)MaxWait.TotalMilliseconds);
                return DiscordErrors.RateLimited;
            }

            if (bucketWait > TimeSpan.Zero)
            {
                logger.BucketWait(route.Template, (long)bucketWait.TotalMilliseconds);
            }

            await Task.Delay(wait, time, cancellationToken);

            // Look again: a global 429 elsewhere may have started a pause while this one slept.
            wait = TimeSpan.Zero;
        }

        if (route.UsesBotToken)
        {
            await globalLimit.WaitTurnAsync(cancellationToken);
        }

        return null;
    }

    private async Task<Result<DiscordAnswer>> SendOnceAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        var route = request.Route;

        // Another call may have met the 401 while this one waited its turn.
        if (Refuses(route))
        {
            return DiscordErrors.TokenRefused;
        }

        HttpContent? content;
        try
        {
            content = RequestContent.Create(request);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            logger.UploadFileMissing(route.Template, request.Files.FirstOrDefault(file => !File.Exists(file.Path))?.Path ?? "?");
            return DiscordErrors.FileMissing;
        }

        var settings = options.Value;
        using var message = new HttpRequestMessage(route.Method, new Uri(settings.ApiBaseUrl.TrimEnd('/') + route.Path));
        message.Content = content;
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (route.UsesBotToken)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bot", settings.Token);
        }

        var client = httpClients.CreateClient(HttpClientName);
        var started = time.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
            logger.RequestSent(route.Template, (int)response.StatusCode, elapsedMs);
            return new DiscordAnswer(response.StatusCode, RateLimitHeaders.Read(response.Headers), body);
        }
        catch (HttpRequestException exception)
        {
            logger.Unreachable(route.Template, exception);
            return DiscordErrors.Unreachable;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's cancellation: HttpClient's timeout.
            logger.TimedOut(route.Template, client.Timeout.TotalSeconds);
            return DiscordErrors.TimedOut;
        }
    }

    private Error Refused(DiscordRoute route, DiscordAnswer answer)
    {
        var status = (int)answer.Status;
        if (answer.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            invalidRequests.Record();
        }

        // D8: stop using a token after a 401. Webhook routes carry no bot token, so their 401 says nothing of it.
        if (answer.Status == HttpStatusCode.Unauthorized && route.UsesBotToken)
        {
            if (Interlocked.Exchange(ref _tokenRefused, 1) == 0)
            {
                logger.TokenRefused(route.Template);
            }

            return DiscordErrors.TokenRefused;
        }

        if (status >= 500)
        {
            logger.ServerError(route.Template, status);
            return DiscordErrors.ServerError;
        }

        var body = DiscordErrorBody.Parse(answer.Body);
        logger.RequestRefused(route.Template, status, body.Code, body.Message);
        if (body.FieldPath is { } fieldPath)
        {
            logger.InvalidFormBody(route.Template, fieldPath, body.FieldError);
        }

        return DiscordErrors.FromResponse(answer.Status, body.Code);
    }

    private static TimeSpan Longest(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Version()
    {
        var version = typeof(DiscordRequestSender).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        // The SDK appends "+<commit>"; the version number is the part before it.
        var plain = version?.Split('+')[0];
        return string.IsNullOrWhiteSpace(plain) ? "1.0.0" : plain;
    }
}
