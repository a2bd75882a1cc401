using ClipBot.Core.Results;
using ClipBot.Discord.Interactions;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Commands;

/// <summary>
/// Replaces the application's commands with the catalogue in one bulk overwrite (reference D5): globally, or in
/// one server, where changes show at once (for trying them out). Commands no longer in the catalogue go.
/// </summary>
internal sealed class CommandRegistrar(IDiscordRest rest, ILogger<CommandRegistrar> logger)
{
    public async Task<Result<string>> RegisterAsync(string? guildId, CancellationToken cancellationToken)
    {
        if (guildId is not null && !Snowflake.TryParse(guildId, out _))
        {
            return Error.Invalid($"`--guild {guildId}` is not a server id: give its digits, e.g. --guild 290926798626357999 (Discord shows it with Developer Mode on).");
        }

        var commands = CommandCatalogue.All;
        var done = await rest.OverwriteCommandsAsync(guildId, CommandJson.Render(commands), cancellationToken);
        if (!done.IsSuccess)
        {
            return done.Error;
        }

        var scope = guildId is null ? "every server the bot is in" : $"server {guildId}";
        logger.CommandsRegistered(commands.Count, scope);
        return $"Registered {commands.Count} commands in {scope}: {string.Join(", ", commands.Select(c => "/" + c.Name))}.";
    }
}
