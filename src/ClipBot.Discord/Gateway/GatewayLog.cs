using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Gateway;

/// <summary>Log lines of the Discord gateway (event ids 4100–4199); names stable for dashboards and alerts. None carries the token.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 4100, EventName = "GatewayConnecting", Level = LogLevel.Information,
        Message = "Connecting to the Discord gateway at {Url} to {Handshake}")]
    public static partial void Connecting(this ILogger logger, Uri url, GatewayNext handshake);

    [LoggerMessage(EventId = 4101, EventName = "GatewayReady", Level = LogLevel.Information,
        Message = "Discord gateway ready as {UserName} ({UserId}), shard {ShardId} of {ShardCount}")]
    public static partial void Ready(this ILogger logger, string userName, string userId, int shardId, int shardCount);

    [LoggerMessage(EventId = 4102, EventName = "GatewayResumed", Level = LogLevel.Information,
        Message = "Discord gateway session resumed at sequence {Sequence}")]
    public static partial void Resumed(this ILogger logger, long? sequence);

    [LoggerMessage(EventId = 4103, EventName = "GatewayDisconnected", Level = LogLevel.Information,
        Message = "Discord gateway connection ended: {Reason}; {Next} in {DelayMs} ms")]
    public static partial void Disconnected(this ILogger logger, string reason, GatewayNext next, long delayMs);

    [LoggerMessage(EventId = 4104, EventName = "GatewayConnectFailed", Level = LogLevel.Warning,
        Message = "Could not connect to the Discord gateway at {Url}")]
    public static partial void ConnectFailed(this ILogger logger, Exception exception, Uri url);

    [LoggerMessage(EventId = 4105, EventName = "GatewayUnreadableFrame", Level = LogLevel.Warning,
        Message = "The Discord gateway sent a frame ClipBot cannot read; reconnecting")]
    public static partial void UnreadableFrame(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4106, EventName = "GatewayConnectionFailed", Level = LogLevel.Error,
        Message = "The Discord gateway connection failed unexpectedly; reconnecting")]
    public static partial void ConnectionFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4107, EventName = "GatewaySessionStartLimitReached", Level = LogLevel.Warning,
        Message = "Discord allows no new gateway session for {ResetAfter} ({ResetAfterMs} ms): the bot's session start limit is used up, and identifying now would get its token reset. The gateway waits until then before it identifies")]
    public static partial void SessionStartLimitReached(this ILogger logger, TimeSpan resetAfter, long resetAfterMs);

    [LoggerMessage(EventId = 4108, EventName = "GatewaySessionStartLimitUnknown", Level = LogLevel.Warning,
        Message = "Could not read the bot's session start limit from GET /gateway/bot ({Error}); identifying anyway")]
    public static partial void SessionStartLimitUnknown(this ILogger logger, string error);

    [LoggerMessage(EventId = 4110, EventName = "GatewayStopped", Level = LogLevel.Critical,
        Message = "The Discord gateway stopped and will not reconnect: {Reason}. Fix the Discord settings and restart ClipBot")]
    public static partial void GatewayStopped(this ILogger logger, string reason);

    [LoggerMessage(EventId = 4120, EventName = "GatewayInteractionHandlerFailed", Level = LogLevel.Error,
        Message = "Handling interaction {InteractionId} from the gateway failed")]
    public static partial void InteractionHandlerFailed(this ILogger logger, Exception exception, string interactionId);
}
