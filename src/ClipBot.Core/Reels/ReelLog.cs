using Microsoft.Extensions.Logging;

namespace ClipBot.Core.Reels;

/// <summary>The reels' log events, EventIds 1100–1199; the names are fixed once shipped.</summary>
internal static partial class ReelLog
{
    [LoggerMessage(EventId = 1100, EventName = "ReelCreated", Level = LogLevel.Information,
        Message = "Reel {ReelId} created by {UserId} on {Platform} with {Slots} slots")]
    public static partial void ReelCreated(this ILogger logger, string reelId, string userId, string platform, int slots);

    [LoggerMessage(EventId = 1101, EventName = "ReelPhaseChanged", Level = LogLevel.Information,
        Message = "Reel {ReelId} is now {Phase}")]
    public static partial void ReelPhaseChanged(this ILogger logger, string reelId, ReelPhase phase);

    [LoggerMessage(EventId = 1102, EventName = "ReelVoteCast", Level = LogLevel.Debug,
        Message = "Vote in reel {ReelId} slot {Slot}: {Outcome}")]
    public static partial void ReelVoteCast(this ILogger logger, string reelId, int slot, VoteOutcome outcome);

    [LoggerMessage(EventId = 1103, EventName = "ReelCutRendered", Level = LogLevel.Information,
        Message = "Cut of reel {ReelId} rendered in {ElapsedMs} ms ({Filled} of {Slots} slots filled, final: {Final})")]
    public static partial void ReelCutRendered(this ILogger logger, string reelId, long elapsedMs, int filled, int slots, bool final);

    [LoggerMessage(EventId = 1104, EventName = "ReelCutFailed", Level = LogLevel.Warning,
        Message = "Cut of reel {ReelId} failed ({Kind}): {Reason}")]
    public static partial void ReelCutFailed(this ILogger logger, string reelId, string kind, string reason);

    [LoggerMessage(EventId = 1105, EventName = "ReelCutNotPosted", Level = LogLevel.Warning,
        Message = "Cut of reel {ReelId} was not posted to {Platform}: {Reason}")]
    public static partial void ReelCutNotPosted(this ILogger logger, string reelId, string platform, string reason);

    [LoggerMessage(EventId = 1106, EventName = "ReelTimerFailed", Level = LogLevel.Error,
        Message = "Timer {Kind} of reel {ReelId} failed; it runs again when its lease ends")]
    public static partial void ReelTimerFailed(this ILogger logger, Exception exception, string reelId, ReelTimer kind);

    [LoggerMessage(EventId = 1107, EventName = "ReelTimersUnavailable", Level = LogLevel.Warning,
        Message = "The reel timers could not be read; trying again shortly")]
    public static partial void ReelTimersUnavailable(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1108, EventName = "ReelRecutScheduled", Level = LogLevel.Debug,
        Message = "Reel {ReelId}: a vote in slot {Slot} changed; re-cut scheduled")]
    public static partial void ReelRecutScheduled(this ILogger logger, string reelId, int slot);

    [LoggerMessage(EventId = 1111, EventName = "ReelRecutSkipped", Level = LogLevel.Debug,
        Message = "Reel {ReelId}: the winners are those of the current cut; no re-cut")]
    public static partial void ReelRecutSkipped(this ILogger logger, string reelId);

    [LoggerMessage(EventId = 1109, EventName = "ReelCutNotDeleted", Level = LogLevel.Warning,
        Message = "The previous cut file {File} could not be deleted")]
    public static partial void ReelCutNotDeleted(this ILogger logger, Exception exception, string file);

    [LoggerMessage(EventId = 1110, EventName = "ReelCutPostFailed", Level = LogLevel.Warning,
        Message = "Cut of reel {ReelId} was not posted to {Platform}: the adapter failed")]
    public static partial void ReelCutPostFailed(this ILogger logger, Exception exception, string reelId, string platform);
}
