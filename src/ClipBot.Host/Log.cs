namespace ClipBot.Host;

/// <summary>The host's log events (EventIds 5000–5999). Names are a contract once shipped.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Request {Path} failed")]
    public static partial void RequestFailed(this ILogger logger, Exception exception, string path);
}
