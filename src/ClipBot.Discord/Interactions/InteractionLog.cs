using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Interactions;

/// <summary>The interactions' log events, EventIds 4200–4249; the names are fixed once shipped. Tokens are never logged.</summary>
internal static partial class InteractionLog
{
    [LoggerMessage(EventId = 4200, EventName = "DiscordInteractionAnswered", Level = LogLevel.Debug,
        Message = "Interaction {InteractionId} ({Type} {Name}) answered with callback {Callback} in {ElapsedMs} ms")]
    public static partial void InteractionAnswered(this ILogger logger, string interactionId, InteractionType type, string name, int callback, double elapsedMs);

    [LoggerMessage(EventId = 4201, EventName = "DiscordInteractionUnreadable", Level = LogLevel.Warning,
        Message = "An interaction could not be read: {Reason}")]
    public static partial void InteractionUnreadable(this ILogger logger, string reason);

    [LoggerMessage(EventId = 4202, EventName = "DiscordInteractionNotAnswered", Level = LogLevel.Warning,
        Message = "Interaction {InteractionId} could not be answered: {Reason}")]
    public static partial void InteractionNotAnswered(this ILogger logger, string interactionId, string reason);

    [LoggerMessage(EventId = 4203, EventName = "DiscordInteractionFailed", Level = LogLevel.Error,
        Message = "Interaction {InteractionId} ({Type} {Name}) failed")]
    public static partial void InteractionFailed(this ILogger logger, Exception exception, string interactionId, InteractionType type, string name);

    [LoggerMessage(EventId = 4204, EventName = "DiscordReplyNotSent", Level = LogLevel.Warning,
        Message = "The reply to interaction {InteractionId} was not sent: {Reason}")]
    public static partial void ReplyNotSent(this ILogger logger, string interactionId, string reason);

    [LoggerMessage(EventId = 4205, EventName = "DiscordInteractionIgnored", Level = LogLevel.Debug,
        Message = "Interaction {InteractionId} of type {Type} is not one ClipBot answers")]
    public static partial void InteractionIgnored(this ILogger logger, string interactionId, InteractionType type);

    [LoggerMessage(EventId = 4206, EventName = "DiscordAttachmentRefused", Level = LogLevel.Information,
        Message = "The file of interaction {InteractionId} was refused: {Reason}")]
    public static partial void AttachmentRefused(this ILogger logger, string interactionId, string reason);

    [LoggerMessage(EventId = 4207, EventName = "DiscordFileNotDeleted", Level = LogLevel.Warning,
        Message = "The temporary file {Path} could not be deleted")]
    public static partial void FileNotDeleted(this ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 4208, EventName = "DiscordAttachmentFailed", Level = LogLevel.Warning,
        Message = "The file of interaction {InteractionId} could not be downloaded")]
    public static partial void AttachmentFailed(this ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(EventId = 4209, EventName = "DiscordAttachmentUnavailable", Level = LogLevel.Warning,
        Message = "The file of interaction {InteractionId} could not be fetched: the CDN answered {Status}")]
    public static partial void AttachmentUnavailable(this ILogger logger, string interactionId, int status);
}
