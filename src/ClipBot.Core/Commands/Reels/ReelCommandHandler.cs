using System.Text;
using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;

namespace ClipBot.Core.Commands.Reels;

/// <summary>/reel: finds the sub-command and the channel's reel, refuses non-admins where it must, and hands over.</summary>
internal sealed class ReelCommandHandler : ICommandHandler
{
    private readonly IReelStore _reels;
    private readonly Dictionary<string, IReelSubcommand> _subcommands;
    private readonly string _help;

    public ReelCommandHandler(IEnumerable<IReelSubcommand> subcommands, IReelStore reels)
    {
        _reels = reels;
        var all = subcommands.ToList();
        _subcommands = all.SelectMany(s => s.Names.Select(n => (n, s))).ToDictionary(x => x.n, x => x.s, StringComparer.Ordinal);
        var help = new StringBuilder("Reel commands:");
        foreach (var subcommand in all)
        {
            help.Append("\n• /reel ").Append(subcommand.Usage).Append(subcommand.AdminOnly ? " (admins)" : string.Empty);
        }

        _help = help.ToString();
    }

    public string Name => "reel";

    public string Summary => "run a community video contest: /reel create, shots, standings, cut … (/reel help)";

    public async Task<CommandOutcome> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = command.Arguments.Trim();
        var split = text.IndexOfAny([' ', '\t', '\n']);
        var name = (split < 0 ? text : text[..split]).ToLowerInvariant();
        var rest = split < 0 ? string.Empty : text[(split + 1)..].Trim();

        if (name.Length == 0 || name == "help")
        {
            return new CommandOutcome(new ChatReply(_help, Ephemeral: true), Accepted: true);
        }

        if (!_subcommands.TryGetValue(name, out var subcommand))
        {
            var shown = name.Length <= 20 ? name : name[..20] + "…";
            return CommandOutcome.Refused($"`/reel {shown}` is not a reel command. {_help}");
        }

        if (subcommand.AdminOnly && !command.Invoker.IsAdmin)
        {
            return CommandOutcome.Refused(new Error(ErrorKind.Forbidden, $"Only the band's admins can use `/reel {name}`."));
        }

        Reel? reel = null;
        if (subcommand.NeedsReel)
        {
            reel = await _reels.FindByChannelAsync(command.Channel, cancellationToken) is { } id
                ? await _reels.GetAsync(id, cancellationToken)
                : null;
            if (reel is null)
            {
                return CommandOutcome.Refused("This channel has no reel. An admin can start one with `/reel create <name>` or join one with `/reel link <id>`.");
            }
        }

        return await subcommand.HandleAsync(new ReelInvocation(command, name, rest, reel), cancellationToken);
    }
}
