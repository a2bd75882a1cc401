using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Notifications;

/// <summary>The posts' and progress edits' log events, EventIds 4250–4299; the names are fixed once shipped.</summary>
internal static partial class NotificationLog
{
    [LoggerMessage(EventId = 4250, EventName = "DiscordTakePosted", Level = LogLevel.Information,
        Message = "Take {TakeId} posted to Discord channel {ChannelId} as message {MessageId} ({Video})")]
    public static partial void TakePosted(this ILogger logger, string takeId, string channelId, string messageId, string video);

    [LoggerMessage(EventId = 4251, EventName = "DiscordTakeNotPosted", Level = LogLevel.Warning,
        Message = "Take {TakeId} could not be posted to Discord channel {ChannelId}: {Reason}")]
    public static partial void TakeNotPosted(this ILogger logger, string takeId, string channelId, string reason);

    [LoggerMessage(EventId = 4252, EventName = "DiscordVideoNotFitted", Level = LogLevel.Information,
        Message = "The video of {Subject} does not fit Discord's {CapBytes} bytes: {Reason}; posting a link instead")]
    public static partial void VideoNotFitted(this ILogger logger, string subject, long capBytes, string reason);

    [LoggerMessage(EventId = 4253, EventName = "DiscordCutPosted", Level = LogLevel.Information,
        Message = "Cut of reel {ReelId} posted to Discord channel {ChannelId} as message {MessageId}")]
    public static partial void CutPosted(this ILogger logger, string reelId, string channelId, string messageId);

    [LoggerMessage(EventId = 4254, EventName = "DiscordProgressNotEdited", Level = LogLevel.Debug,
        Message = "The progress of take {TakeId} could not be shown: {Reason}")]
    public static partial void ProgressNotEdited(this ILogger logger, string takeId, string reason);

    [LoggerMessage(EventId = 4255, EventName = "DiscordProgressRelayFailed", Level = LogLevel.Warning,
        Message = "Following take changes for Discord failed; listening again in a second")]
    public static partial void ProgressRelayFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4256, EventName = "DiscordProgressEditFailed", Level = LogLevel.Warning,
        Message = "Showing the progress of take {TakeId} failed")]
    public static partial void ProgressEditFailed(this ILogger logger, Exception exception, string takeId);
}
