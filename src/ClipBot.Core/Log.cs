using Microsoft.Extensions.Logging;

namespace ClipBot.Core;

/// <summary>
/// Core's log events. The method names become EventId names in telemetry: treat them as fixed once shipped.
/// Core uses the EventId range 1000–1999.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Take {TakeId} queued by {UserId} from {Platform}")]
    public static partial void TakeQueued(this ILogger logger, string takeId, string userId, string platform);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Take {TakeId} leased (attempt {Attempt})")]
    public static partial void TakeLeased(this ILogger logger, string takeId, int attempt);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Take {TakeId} posted after {ElapsedMs} ms")]
    public static partial void TakePosted(this ILogger logger, string takeId, long elapsedMs);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Take {TakeId} failed ({Kind}): {Reason}")]
    public static partial void TakeFailed(this ILogger logger, string takeId, string kind, string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Take {TakeId} failed with an unexpected error")]
    public static partial void TakeCrashed(this ILogger logger, Exception exception, string takeId);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Lease on take {TakeId} was lost; another worker owns it now")]
    public static partial void LeaseLost(this ILogger logger, string takeId);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Job for take {TakeId} has no take in the store; dropping it")]
    public static partial void TakeMissing(this ILogger logger, string takeId);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Take {TakeId} released back to the queue at shutdown")]
    public static partial void TakeReleased(this ILogger logger, string takeId);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "Requeued {Count} jobs whose lease expired")]
    public static partial void LeasesRequeued(this ILogger logger, int count);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "No notifier for platform {Platform}; take {TakeId} stays ready")]
    public static partial void NoNotifier(this ILogger logger, string platform, string takeId);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Worker {WorkerId} started")]
    public static partial void WorkerStarted(this ILogger logger, string workerId);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Error, Message = "Worker {WorkerId} loop failed; retrying in a second")]
    public static partial void WorkerLoopFailed(this ILogger logger, Exception exception, string workerId);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Error, Message = "Worker housekeeping failed; retrying at the next interval")]
    public static partial void RecoveryFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information, Message = "Take {TakeId} cancelled while running; stopping it")]
    public static partial void JobCancelled(this ILogger logger, string takeId);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Warning, Message = "The cancellation listener failed; listening again in a second")]
    public static partial void CancellationListenerFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Information, Message = "Take {TakeId} cancelled by {UserId}")]
    public static partial void TakeCancelled(this ILogger logger, string takeId, string userId);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Warning, Message = "Take {TakeId} was posted but saving that failed (try {Attempt}); trying again")]
    public static partial void PostedSaveFailed(this ILogger logger, Exception exception, string takeId, int attempt);
}
