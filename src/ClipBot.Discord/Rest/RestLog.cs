using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Rest;

/// <summary>
/// Log lines of the REST client (event ids 4000–4099); names stable for dashboards and alerts. Routes appear
/// as templates (<c>POST /webhooks/{application}/{token}</c>), never as paths: interaction paths hold a token.
/// </summary>
internal static partial class RestLog
{
    [LoggerMessage(EventId = 4000, EventName = "DiscordRateLimited", Level = LogLevel.Information,
        Message = "Discord rate-limited {Route} (scope {Scope}); retrying in {WaitMs} ms, attempt {Attempt} of {MaxAttempts}")]
    public static partial void RateLimited(this ILogger logger, string route, string? scope, long waitMs, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 4001, EventName = "DiscordGlobalRateLimit", Level = LogLevel.Warning,
        Message = "Discord's global rate limit was hit on {Route}; every request waits {WaitMs} ms")]
    public static partial void GlobalRateLimited(this ILogger logger, string route, long waitMs);

    [LoggerMessage(EventId = 4002, EventName = "DiscordRateLimitGaveUp", Level = LogLevel.Warning,
        Message = "{Route} was still rate-limited after {Attempts} attempts; gave up")]
    public static partial void RateLimitGaveUp(this ILogger logger, string route, int attempts);

    [LoggerMessage(EventId = 4003, EventName = "DiscordRateLimitWaitTooLong", Level = LogLevel.Warning,
        Message = "{Route} would have to wait {WaitMs} ms for Discord's rate limit, longer than {MaxWaitMs} ms; returned a rate-limit error instead")]
    public static partial void RateLimitWaitTooLong(this ILogger logger, string route, long waitMs, long maxWaitMs);

    [LoggerMessage(EventId = 4004, EventName = "DiscordBucketWait", Level = LogLevel.Debug,
        Message = "{Route} waits {WaitMs} ms for its rate-limit bucket to reset")]
    public static partial void BucketWait(this ILogger logger, string route, long waitMs);

    [LoggerMessage(EventId = 4005, EventName = "DiscordRequestSent", Level = LogLevel.Debug,
        Message = "{Route} answered {Status} in {ElapsedMs} ms")]
    public static partial void RequestSent(this ILogger logger, string route, int status, long elapsedMs);

    [LoggerMessage(EventId = 4010, EventName = "DiscordTokenRefused", Level = LogLevel.Critical,
        Message = "Discord refused the bot token (401 on {Route}); ClipBot stopped using it and every Discord call that needs it fails until a new token (Discord:Token) is set and ClipBot restarts")]
    public static partial void TokenRefused(this ILogger logger, string route);

    [LoggerMessage(EventId = 4011, EventName = "DiscordRequestRefused", Level = LogLevel.Warning,
        Message = "Discord refused {Route} with {Status}, code {Code}: {DiscordMessage}")]
    public static partial void RequestRefused(this ILogger logger, string route, int status, int? code, string? discordMessage);

    [LoggerMessage(EventId = 4012, EventName = "DiscordInvalidFormBody", Level = LogLevel.Warning,
        Message = "Discord found the form of {Route} wrong at {FieldPath}: {FieldError}")]
    public static partial void InvalidFormBody(this ILogger logger, string route, string fieldPath, string? fieldError);

    [LoggerMessage(EventId = 4013, EventName = "DiscordServerError", Level = LogLevel.Warning,
        Message = "Discord answered {Route} with {Status}")]
    public static partial void ServerError(this ILogger logger, string route, int status);

    [LoggerMessage(EventId = 4014, EventName = "DiscordUnreachable", Level = LogLevel.Warning,
        Message = "Discord could not be reached for {Route}")]
    public static partial void Unreachable(this ILogger logger, string route, Exception exception);

    [LoggerMessage(EventId = 4015, EventName = "DiscordTimedOut", Level = LogLevel.Warning,
        Message = "Discord did not answer {Route} within {TimeoutSeconds} s")]
    public static partial void TimedOut(this ILogger logger, string route, double timeoutSeconds);

    [LoggerMessage(EventId = 4016, EventName = "DiscordAnswerUnreadable", Level = LogLevel.Warning,
        Message = "Discord's answer to {Route} lacked {Field}")]
    public static partial void AnswerUnreadable(this ILogger logger, string route, string field);

    [LoggerMessage(EventId = 4017, EventName = "DiscordUploadFileMissing", Level = LogLevel.Warning,
        Message = "A file to upload on {Route} is missing: {File}")]
    public static partial void UploadFileMissing(this ILogger logger, string route, string file);

    [LoggerMessage(EventId = 4018, EventName = "DiscordCallHeld", Level = LogLevel.Debug,
        Message = "{Route} was not sent: too many of ClipBot's requests were refused lately")]
    public static partial void CallHeld(this ILogger logger, string route);

    [LoggerMessage(EventId = 4020, EventName = "DiscordInvalidRequestsSlowing", Level = LogLevel.Warning,
        Message = "{Count} Discord requests were refused (401/403/429) in the last 10 minutes; sending one every {SpacingMs} ms to stay far from Discord's ban at {BanThreshold}")]
    public static partial void InvalidRequestsSlowing(this ILogger logger, int count, long spacingMs, int banThreshold);

    [LoggerMessage(EventId = 4021, EventName = "DiscordInvalidRequestsRefusing", Level = LogLevel.Error,
        Message = "{Count} Discord requests were refused (401/403/429) in the last 10 minutes; ClipBot sends none until fewer than {RefuseAt} remain in the window (Discord bans at {BanThreshold})")]
    public static partial void InvalidRequestsRefusing(this ILogger logger, int count, int refuseAt, int banThreshold);

    [LoggerMessage(EventId = 4022, EventName = "DiscordInvalidRequestsCleared", Level = LogLevel.Information,
        Message = "Refused Discord requests are down to {Count} in the last 10 minutes; requests go at full speed again")]
    public static partial void InvalidRequestsCleared(this ILogger logger, int count);
}
