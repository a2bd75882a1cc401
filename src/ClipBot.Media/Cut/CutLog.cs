using ClipBot.Core.Cuts;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Cut;

/// <summary>Log lines of the cut (event ids 3400–3499); names stable for dashboards and alerts.</summary>
internal static partial class CutLog
{
    [LoggerMessage(EventId = 3400, EventName = "CutRendered", Level = LogLevel.Information,
        Message = "Rendered cut {CutId} ({Rendition}) to {File}: {Shots} shots, {DurationSeconds} s, {Bytes} bytes, transitions {TransitionsRendered} rendered and {TransitionsReused} reused, credits rendered {CreditsRendered}, {ElapsedMs} ms")]
    public static partial void CutRendered(
        this ILogger logger, string cutId, CutRendition rendition, string file, int shots, double durationSeconds, long bytes,
        int transitionsRendered, int transitionsReused, bool creditsRendered, long elapsedMs);

    [LoggerMessage(EventId = 3401, EventName = "CutRefused", Level = LogLevel.Information,
        Message = "Cut {CutId} ({Rendition}) refused: {Reason}")]
    public static partial void CutRefused(this ILogger logger, string cutId, CutRendition rendition, string reason);

    [LoggerMessage(EventId = 3402, EventName = "CutFailed", Level = LogLevel.Error,
        Message = "Cut {CutId} ({Rendition}) failed")]
    public static partial void CutFailed(this ILogger logger, Exception exception, string cutId, CutRendition rendition);

    [LoggerMessage(EventId = 3403, EventName = "CutCheckFailed", Level = LogLevel.Error,
        Message = "Cut {CutId} ({Rendition}) failed its checks and was discarded: {Problem}")]
    public static partial void CutCheckFailed(this ILogger logger, string cutId, CutRendition rendition, string problem);

    [LoggerMessage(EventId = 3404, EventName = "CutTransitionsRendered", Level = LogLevel.Debug,
        Message = "Rendered {Count} transitions in {Runs} ffmpeg runs, {ElapsedMs} ms")]
    public static partial void TransitionsRendered(this ILogger logger, int count, int runs, long elapsedMs);

    [LoggerMessage(EventId = 3405, EventName = "CutCreditsRendered", Level = LogLevel.Debug,
        Message = "Rendered the credits card of cut {CutId} ({Rendition}): {Frames} frames, {ElapsedMs} ms")]
    public static partial void CreditsRendered(this ILogger logger, string cutId, CutRendition rendition, int frames, long elapsedMs);

    [LoggerMessage(EventId = 3406, EventName = "CutCacheEntryInvalid", Level = LogLevel.Warning,
        Message = "Cached cut piece {Path} no longer matches the takes; rendering it again")]
    public static partial void CacheEntryInvalid(this ILogger logger, string path);

    [LoggerMessage(EventId = 3407, EventName = "CutFileNotDeleted", Level = LogLevel.Warning,
        Message = "Could not delete {Path}")]
    public static partial void FileNotDeleted(this ILogger logger, Exception exception, string path);
}
