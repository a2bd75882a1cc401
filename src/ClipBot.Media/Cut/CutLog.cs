using ClipBot.Core.Cuts;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Cut;

/// <summary>Log lines of the cut (event ids 3400–3499); names stable for dashboards and alerts.</summary>
internal static partial class CutLog
{
    [LoggerMessage(EventId = 3400, EventName = "CutRendered", Level = LogLevel.Information,
        Message = "Rendered cut {CutId} ({Rendition}) to {File}: {Shots} shots, {DurationSeconds} s, {Bytes} bytes, transitions {TransitionsRendered} rendered and {TransitionsReused} reused, slot cards {CardsRendered} rendered and {CardsReused} reused, credits rendered {CreditsRendered}, {ElapsedMs} ms")]
    public static partial void CutRendered(
        this ILogger logger, string cutId, CutRendition rendition, string file, int shots, double durationSeconds, long bytes,
        int transitionsRendered, int transitionsReused, int cardsRendered, int cardsReused, bool creditsRendered, long elapsedMs);

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

    [LoggerMessage(EventId = 3408, EventName = "CutCacheTrimmed", Level = LogLevel.Information,
        Message = "Trimmed the cut cache: {Files} pieces deleted ({Bytes} bytes) and {Leftovers} leftovers of crashed renders; {CacheBytes} bytes left of {CapBytes}")]
    public static partial void CacheTrimmed(this ILogger logger, int files, long bytes, int leftovers, long cacheBytes, long capBytes);

    [LoggerMessage(EventId = 3409, EventName = "CutCacheOverCap", Level = LogLevel.Warning,
        Message = "The cut cache holds {CacheBytes} bytes, over its cap of {CapBytes}: the latest cut's pieces alone are over it, or files would not go")]
    public static partial void CacheOverCap(this ILogger logger, long cacheBytes, long capBytes);

    [LoggerMessage(EventId = 3410, EventName = "CutCacheEntryNotTouched", Level = LogLevel.Warning,
        Message = "Could not mark cached cut piece {Path} as used; it may be trimmed sooner")]
    public static partial void CacheEntryNotTouched(this ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 3411, EventName = "CutCacheTrimFailed", Level = LogLevel.Warning,
        Message = "Could not trim the cut cache; the next cut tries again")]
    public static partial void CacheTrimFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3412, EventName = "CutSlotCardsRendered", Level = LogLevel.Debug,
        Message = "Rendered {Count} cards of empty slots ({Rendition}) in {ElapsedMs} ms")]
    public static partial void CardsRendered(this ILogger logger, int count, CutRendition rendition, long elapsedMs);
}
