using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Commands;

/// <summary>The command catalogue's log events, EventIds 4330–4349; the names are fixed once shipped.</summary>
internal static partial class CommandLog
{
    [LoggerMessage(EventId = 4330, EventName = "DiscordCommandsRegistered", Level = LogLevel.Information,
        Message = "Registered {Count} Discord commands in {Scope}")]
    public static partial void CommandsRegistered(this ILogger logger, int count, string scope);
}
