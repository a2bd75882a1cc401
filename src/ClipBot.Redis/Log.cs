using Microsoft.Extensions.Logging;

namespace ClipBot.Redis;

/// <summary>
/// The store's log events. Method names become EventId names in telemetry: treat them as fixed once shipped.
/// ClipBot.Redis uses the EventId range 2000–2999.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Starting the embedded store on 127.0.0.1:{Port} in {StorePath}")]
    public static partial void EmbeddedStoreStarting(this ILogger logger, int port, string storePath);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Embedded store ready on 127.0.0.1:{Port} after {ElapsedMs} ms")]
    public static partial void EmbeddedStoreStarted(this ILogger logger, int port, long elapsedMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Embedded store could not take port {Port}; trying another")]
    public static partial void EmbeddedStorePortTaken(this ILogger logger, int port, Exception exception);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Embedded store stopped")]
    public static partial void EmbeddedStoreStopped(this ILogger logger);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Connecting to the store at {Endpoint}")]
    public static partial void StoreConnecting(this ILogger logger, string endpoint);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "Connected to the store at {Endpoint}")]
    public static partial void StoreConnected(this ILogger logger, string endpoint);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Store connection to {Endpoint} failed ({FailureType})")]
    public static partial void StoreConnectionFailed(this ILogger logger, string endpoint, string failureType, Exception? exception);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Information, Message = "Store connection to {Endpoint} restored")]
    public static partial void StoreConnectionRestored(this ILogger logger, string endpoint);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Debug, Message = "Job {TakeId} enqueued for {OwnerId}")]
    public static partial void JobEnqueued(this ILogger logger, string takeId, string ownerId);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Debug, Message = "Job {TakeId} leased by {WorkerId} until {ExpiresAt} (attempt {Attempt})")]
    public static partial void JobLeased(this ILogger logger, string takeId, string workerId, DateTimeOffset expiresAt, int attempt);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Debug, Message = "Lease on job {TakeId} was lost before {Action}")]
    public static partial void LeaseFenced(this ILogger logger, string takeId, string action);

    [LoggerMessage(EventId = 2023, Level = LogLevel.Debug, Message = "Requeued {Count} jobs whose lease expired")]
    public static partial void ExpiredLeasesRequeued(this ILogger logger, int count);

    [LoggerMessage(EventId = 2024, Level = LogLevel.Debug, Message = "Job {TakeId} was already queued; the enqueue changed nothing")]
    public static partial void JobAlreadyQueued(this ILogger logger, string takeId);

    [LoggerMessage(EventId = 2025, Level = LogLevel.Debug, Message = "Job {TakeId} will be retried at {Due} after attempt {Attempt}")]
    public static partial void JobRetryScheduled(this ILogger logger, string takeId, int attempt, DateTimeOffset due);

    [LoggerMessage(EventId = 2026, Level = LogLevel.Information, Message = "Job {TakeId} dead-lettered after attempt {Attempt}: {Reason}")]
    public static partial void JobDeadLettered(this ILogger logger, string takeId, int attempt, string reason);

    [LoggerMessage(EventId = 2027, Level = LogLevel.Debug, Message = "Cancel of job {TakeId}: {Outcome}")]
    public static partial void JobCancelRequested(this ILogger logger, string takeId, Core.Queue.CancelOutcome outcome);

    [LoggerMessage(EventId = 2028, Level = LogLevel.Debug, Message = "Moved {Count} due retries back to waiting")]
    public static partial void DueRetriesPromoted(this ILogger logger, int count);

    [LoggerMessage(EventId = 2029, Level = LogLevel.Warning, Message = "Job {TakeId} dead-lettered: its worker stopped on each of its {MaxAttempts} attempts")]
    public static partial void ExpiredJobDeadLettered(this ILogger logger, string takeId, int maxAttempts);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Debug, Message = "A slow subscriber missed the event of take {TakeId}")]
    public static partial void TakeEventDropped(this ILogger logger, string takeId);

    [LoggerMessage(EventId = 2031, Level = LogLevel.Warning, Message = "Ignored a take event that could not be read")]
    public static partial void TakeEventUnreadable(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2032, Level = LogLevel.Warning, Message = "Could not unsubscribe from take events")]
    public static partial void TakeEventsUnsubscribeFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2040, Level = LogLevel.Warning, Message = "A slow listener missed the cancellation of job {TakeId}")]
    public static partial void CancellationDropped(this ILogger logger, string takeId);

    [LoggerMessage(EventId = 2041, Level = LogLevel.Warning, Message = "Ignored a cancellation that is not a take id")]
    public static partial void CancellationUnreadable(this ILogger logger);

    [LoggerMessage(EventId = 2042, Level = LogLevel.Warning, Message = "Could not unsubscribe from job cancellations")]
    public static partial void CancellationsUnsubscribeFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2050, Level = LogLevel.Debug, Message = "The store did not have the queue script {Script} cached; sent it in full")]
    public static partial void ScriptNotCached(this ILogger logger, string script);

    [LoggerMessage(EventId = 2060, Level = LogLevel.Debug, Message = "The store did not have the reel script {Script} cached; sent it in full")]
    public static partial void ReelScriptNotCached(this ILogger logger, string script);

    [LoggerMessage(EventId = 2061, Level = LogLevel.Debug, Message = "Save of reel {ReelId} from version {Version} refused: another save came first, or the reel is gone")]
    public static partial void ReelSaveRefused(this ILogger logger, string reelId, long version);

    [LoggerMessage(EventId = 2062, Level = LogLevel.Debug, Message = "Took the {Kind} timer of reel {ReelId} with token {Token}")]
    public static partial void ReelTimerTaken(this ILogger logger, string reelId, Core.Reels.ReelTimer kind, long token);

    [LoggerMessage(EventId = 2063, Level = LogLevel.Debug, Message = "The {Kind} timer of reel {ReelId} was taken again before token {Token} completed it; the completion was ignored")]
    public static partial void ReelTimerFenced(this ILogger logger, string reelId, Core.Reels.ReelTimer kind, long token);
}
