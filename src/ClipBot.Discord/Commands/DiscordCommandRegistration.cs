using ClipBot.Core.Results;
using Microsoft.Extensions.DependencyInjection;

namespace ClipBot.Discord.Commands;

/// <summary>The host's <c>clipbot discord register [--guild id]</c>: the catalogue, registered with Discord.</summary>
public static class DiscordCommandRegistration
{
    /// <summary>A line saying what was registered, or the reason it was not (no token, a refusal by Discord).</summary>
    public static Task<Result<string>> RegisterDiscordCommandsAsync(this IServiceProvider services, string? guildId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<CommandRegistrar>() is { } registrar
            ? registrar.RegisterAsync(guildId, cancellationToken)
            : Task.FromResult<Result<string>>(Error.Invalid(
                "Discord is not set up: set the bot's token and application id, e.g. CLIPBOT_Discord__Token and CLIPBOT_Discord__ApplicationId."));
    }
}
