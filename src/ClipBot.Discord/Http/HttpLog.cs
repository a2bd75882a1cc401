using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Http;

/// <summary>The HTTP interactions endpoint's log events, EventIds 4300–4329; the names are fixed once shipped.</summary>
internal static partial class HttpLog
{
    // Discord sends bad signatures on purpose, to check the endpoint refuses them: routine, not a warning.
    [LoggerMessage(EventId = 4300, EventName = "DiscordInteractionRejected", Level = LogLevel.Debug,
        Message = "An HTTP interaction was refused with 401: {Check}")]
    public static partial void InteractionRejected(this ILogger logger, SignatureCheck check);

    [LoggerMessage(EventId = 4301, EventName = "DiscordInteractionMalformed", Level = LogLevel.Warning,
        Message = "A signed HTTP interaction is not a JSON object; refused with 400")]
    public static partial void InteractionMalformed(this ILogger logger);
}
