using ClipBot.Discord.Commands;

namespace ClipBot.Host.Cli;

/// <summary>
/// The verbs <c>clipbot</c> runs instead of the service, with the same configuration, then exits: 0 when done,
/// 1 with the reason on standard error. Arguments that start with a dash are settings (<c>--Web:Port=8081</c>),
/// not verbs.
/// </summary>
internal static class ClipBotCli
{
    public const string Usage = "Usage: clipbot discord register [--guild <server id>]";

    public static bool IsVerb(IReadOnlyList<string> args) =>
        args.Count > 0 && !args[0].StartsWith('-') && !args[0].StartsWith('/') && !args[0].Contains('=', StringComparison.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? guild;
        switch (args)
        {
            case ["discord", "register"]:
                guild = null;
                break;
            case ["discord", "register", "--guild", var id]:
                guild = id;
                break;
            case ["discord", "register", var option] when option.StartsWith("--guild=", StringComparison.Ordinal):
                guild = option["--guild=".Length..];
                break;
            default:
                await error.WriteLineAsync(Usage);
                return 1;
        }

        // Registers the catalogue with Discord: globally, or in one server, where changes show at once.
        var registered = await services.RegisterDiscordCommandsAsync(guild, cancellationToken);
        if (!registered.IsSuccess)
        {
            await error.WriteLineAsync("clipbot discord register: " + registered.Error.Message);
            return 1;
        }

        await output.WriteLineAsync(registered.Value);
        return 0;
    }
}
