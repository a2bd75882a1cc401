using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Commands.Reels;

/// <summary>
/// /vote take (the Vote button under a take): one vote per member per slot, changeable until the reel
/// locks. While the reel is in voting, a counted vote schedules a re-cut (debounced), which renders only if a winner changed.
/// </summary>
internal sealed class VoteCommandHandler(
    ITakeStore takes,
    IReelStore reels,
    IBallotBox ballots,
    IReelTimers timers,
    IOptions<ReelOptions> options,
    TimeProvider time,
    ILogger<VoteCommandHandler> logger) : ICommandHandler
{
    public string Name => "vote";

    public string Summary => "vote for a take in its shot: /vote <take id> (or the Vote button)";

    public async Task<CommandOutcome> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var found = await ReelTakes.FindAsync(takes, reels, command.Arguments, cancellationToken);
        if (!found.IsSuccess)
        {
            return CommandOutcome.Refused(found.Error);
        }

        var (take, reel) = found.Value;
        var now = time.GetUtcNow();
        if (VoteRules.Check(reel, take, command.Invoker, now) is { } refusal)
        {
            return CommandOutcome.Refused(refusal);
        }

        var slot = take.Parameters.Slot!.Value;
        var receipt = await ballots.CastAsync(reel.Id, slot, take.Id, command.Invoker.Id, now, cancellationToken);
        logger.ReelVoteCast(reel.Id.Value, slot, receipt.Outcome);
        // A counted vote may have changed the slot's winner; the re-cut, a burst of votes later, renders only if
        // it did. With hidden tallies no cut follows the votes: it would show who leads.
        if (receipt.Outcome != VoteOutcome.Unchanged && reel.Phase == ReelPhase.Voting && reel.Rules.Ranking == RankingMode.Votes && !reel.Rules.HideTallies)
        {
            await timers.ScheduleAsync(reel.Id, ReelTimer.Recut, now.AddSeconds(options.Value.RecutDelaySeconds), replace: false, cancellationToken);
            logger.ReelRecutScheduled(reel.Id.Value, slot);
        }

        var said = receipt.Outcome switch
        {
            VoteOutcome.Cast => $"Your vote for take {take.Id} in shot {slot} is in.",
            VoteOutcome.Changed => $"Your vote in shot {slot} moved to take {take.Id}.",
            _ => $"You already vote for take {take.Id} in shot {slot}.",
        };
        if (!reel.Rules.HideTallies)
        {
            said += receipt.Votes == 1 ? " It has 1 vote." : $" It has {receipt.Votes} votes.";
        }

        return new CommandOutcome(ChatReply.Refusal(said), Accepted: true);
    }
}
