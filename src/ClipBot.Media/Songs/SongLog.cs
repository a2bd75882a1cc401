using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Songs;

/// <summary>The song library's log lines; event ids 3300–3399 of ClipBot.Media's 3000–3999.</summary>
internal static partial class SongLog
{
    [LoggerMessage(EventId = 3300, EventName = "SongImported", Level = LogLevel.Information,
        Message = "Imported song {File} from {Format}: {DurationSeconds} s, {Bytes} bytes")]
    public static partial void SongImported(this ILogger logger, string file, string format, double durationSeconds, long bytes);

    [LoggerMessage(EventId = 3301, EventName = "SongRefused", Level = LogLevel.Information,
        Message = "Song upload refused: {Reason}")]
    public static partial void SongRefused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 3302, EventName = "SongBeatsDetected", Level = LogLevel.Information,
        Message = "Song {File}: {Bpm} BPM, {BeatCount} beats, found in {ElapsedMs} ms")]
    public static partial void SongBeatsDetected(this ILogger logger, string file, double bpm, int beatCount, long elapsedMs);

    [LoggerMessage(EventId = 3303, EventName = "SongBeatNotFound", Level = LogLevel.Information,
        Message = "Song {File}: no steady beat found in {ElapsedMs} ms")]
    public static partial void SongBeatNotFound(this ILogger logger, string file, long elapsedMs);

    [LoggerMessage(EventId = 3304, EventName = "SongScratchNotDeleted", Level = LogLevel.Warning,
        Message = "Could not delete the decoded samples at {Path}")]
    public static partial void SongScratchNotDeleted(this ILogger logger, Exception exception, string path);
}
