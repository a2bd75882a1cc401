namespace ClipBot.Host;

/// <summary>The host's log events (EventIds 5000–5999). Names are a contract once shipped.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Request {Path} failed")]
    public static partial void RequestFailed(this ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 5004, EventName = "StudioEventFailed", Level = LogLevel.Warning,
        Message = "The change of take {TakeId} could not be sent to the Studio pages")]
    public static partial void StudioEventFailed(this ILogger logger, Exception exception, string takeId);

    [LoggerMessage(EventId = 5005, EventName = "UploadNotDeleted", Level = LogLevel.Warning,
        Message = "The uploaded file {Path} could not be deleted")]
    public static partial void UploadNotDeleted(this ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 5006, EventName = "ReelWatchFailed", Level = LogLevel.Warning,
        Message = "The recent reels could not be read for the Studio pages; trying again shortly")]
    public static partial void ReelWatchFailed(this ILogger logger, Exception exception);
}
