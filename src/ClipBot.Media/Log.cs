using ClipBot.Core.Takes;
using ClipBot.Media.Ingest;
using ClipBot.Media.Local;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media;

/// <summary>Every log line of ClipBot.Media; event ids 3000–3999, names stable for dashboards and alerts.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, EventName = "MediaProcessStarting", Level = LogLevel.Debug,
        Message = "Running {Tool}: {CommandLine}")]
    public static partial void RunningProcess(this ILogger logger, string tool, string commandLine);

    [LoggerMessage(EventId = 3001, EventName = "MediaProcessExited", Level = LogLevel.Debug,
        Message = "{Tool} exited with code {ExitCode} after {ElapsedMs} ms")]
    public static partial void ProcessExited(this ILogger logger, string tool, int exitCode, long elapsedMs);

    [LoggerMessage(EventId = 3002, EventName = "MediaProcessTimedOut", Level = LogLevel.Warning,
        Message = "{Tool} timed out after {TimeoutSeconds} s and was killed")]
    public static partial void ProcessTimedOut(this ILogger logger, string tool, string timeoutSeconds);

    [LoggerMessage(EventId = 3003, EventName = "MediaProcessCancelled", Level = LogLevel.Debug,
        Message = "{Tool} was cancelled after {ElapsedMs} ms and killed")]
    public static partial void ProcessCancelled(this ILogger logger, string tool, long elapsedMs);

    [LoggerMessage(EventId = 3004, EventName = "MediaProcessFailed", Level = LogLevel.Warning,
        Message = "{Tool} failed with exit code {ExitCode}")]
    public static partial void ProcessFailed(this ILogger logger, string tool, int exitCode);

    [LoggerMessage(EventId = 3010, EventName = "LocalClipRendered", Level = LogLevel.Information,
        Message = "Rendered local clip for take {TakeId}: scene {Scene}, palette {Palette}, camera {Camera}, {ElapsedMs} ms")]
    public static partial void LocalClipRendered(
        this ILogger logger, string takeId, SceneKind scene, string palette, CameraMove camera, long elapsedMs);

    [LoggerMessage(EventId = 3011, EventName = "LocalClipRejected", Level = LogLevel.Information,
        Message = "Local clip for take {TakeId} rejected: {Reason}")]
    public static partial void LocalClipRejected(this ILogger logger, string takeId, string reason);

    [LoggerMessage(EventId = 3020, EventName = "IngestRefused", Level = LogLevel.Information,
        Message = "Ingest of take {TakeId} refused: {Reason}")]
    public static partial void IngestRefused(this ILogger logger, string takeId, string reason);

    [LoggerMessage(EventId = 3022, EventName = "MediaTempFileNotDeleted", Level = LogLevel.Warning,
        Message = "Could not delete the temporary file {Path}")]
    public static partial void TempFileNotDeleted(this ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 3030, EventName = "MediaToolFound", Level = LogLevel.Information,
        Message = "{Tool} at '{Path}': {Version}")]
    public static partial void MediaToolFound(this ILogger logger, string tool, string path, string version);
}
