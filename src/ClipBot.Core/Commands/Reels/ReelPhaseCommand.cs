using ClipBot.Core.Chat;
using ClipBot.Core.Reels;

namespace ClipBot.Core.Commands.Reels;

/// <summary>/reel open | vote | lock [--until time]: changes the phase now, and with --until moves on by itself later.</summary>
internal sealed class ReelPhaseCommand(ReelPhases phases, TimeProvider time) : IReelSubcommand
{
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal) { ["until"] = UntilParser.Allowed };

    public IReadOnlyList<string> Names => ["open", "vote", "lock"];

    public string Usage => "open | vote | lock [--until 2h]: change the phase; lock makes the final cut";

    public bool AdminOnly => true;

    public bool NeedsReel => true;

    public async Task<CommandOutcome> HandleAsync(ReelInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var phase = invocation.Name switch
        {
            "open" => ReelPhase.Open,
            "vote" => ReelPhase.Voting,
            _ => ReelPhase.Locked,
        };
        var flags = InlineFlags.Parse(invocation.Arguments, Flags.Keys, f => Flags[f]);
        if (!flags.IsSuccess)
        {
            return CommandOutcome.Refused(flags.Error.Message);
        }

        if (flags.Value.Text.Length > 0)
        {
            return CommandOutcome.Refused($"`/reel {invocation.Name}` takes only `--until`, e.g. `/reel {invocation.Name} --until 2h`.");
        }

        DateTimeOffset? until = null;
        if (flags.Value.Values.TryGetValue("until", out var text))
        {
            if (phase == ReelPhase.Locked)
            {
                return CommandOutcome.Refused("A locked reel stays locked; `--until` works with `/reel open` and `/reel vote`.");
            }

            var parsed = UntilParser.Parse(text, time.GetUtcNow());
            if (!parsed.IsSuccess)
            {
                return CommandOutcome.Refused(parsed.Error.Message);
            }

            until = parsed.Value;
        }

        var changed = await phases.ChangeAsync(invocation.RequiredReel.Id, phase, until, cancellationToken);
        if (!changed.IsSuccess)
        {
            return CommandOutcome.Refused(changed.Error);
        }

        var reel = changed.Value;
        var reply = phase switch
        {
            ReelPhase.Open => $"“{reel.Name}” is open for takes: `/clip <prompt> --slot N`.",
            ReelPhase.Voting => $"“{reel.Name}” is in voting: no new takes; vote with the button under a take. The cut follows the leaders.",
            _ => $"“{reel.Name}” is locked. The final cut is being rendered and will be posted here.",
        };
        if (reel.Schedule is { } schedule)
        {
            reply += $" It will be {ReelPhases.Describe(schedule.Next)} at {ReelText.Time(schedule.At)}.";
        }

        return new CommandOutcome(new ChatReply(reply, Ephemeral: false), Accepted: true);
    }
}
