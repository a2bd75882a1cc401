namespace ClipBot.Host;

/// <summary>The host's log events (EventIds 5000–5999). Names are a contract once shipped.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Worker {WorkerId} started")]
    public static partial void WorkerStarted(this ILogger logger, string workerId);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Worker {WorkerId} loop failed; retrying in a second")]
    public static partial void WorkerLoopFailed(this ILogger logger, Exception exception, string workerId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Lease recovery failed; retrying at the next interval")]
    public static partial void RecoveryFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Request {Path} failed")]
    public static partial void RequestFailed(this ILogger logger, Exception exception, string path);
}
