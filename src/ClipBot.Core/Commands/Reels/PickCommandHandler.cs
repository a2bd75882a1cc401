using System.Globalization;
using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Commands.Reels;

/// <summary>/pick (a duel's buttons): the member's pick between two takes of a slot; a later pick of the pair replaces it.</summary>
internal sealed class PickCommandHandler(
    ITakeStore takes,
    IReelStore reels,
    IBallotBox ballots,
    IReelTimers timers,
    IOptions<ReelOptions> options,
    TimeProvider time) : ICommandHandler
{
    public string Name => "pick";

    public string Summary => "pick the better take of a duel (the buttons of /reel duel)";

    public async Task<CommandOutcome> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parts = command.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4
            || !ReelId.TryParse(parts[0], out var reelId)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var slot)
            || !TakeId.TryParse(parts[2], out var winnerId)
            || !TakeId.TryParse(parts[3], out var loserId)
            || winnerId == loserId)
        {
            return CommandOutcome.Refused("That duel button is not one ClipBot knows; ask for a new duel with `/reel duel <shot>`.");
        }

        var reel = await reels.GetAsync(reelId, cancellationToken);
        var winner = await takes.GetAsync(winnerId, cancellationToken);
        var loser = await takes.GetAsync(loserId, cancellationToken);
        if (reel is null || winner is null || loser is null || loser.Reel != reelId || loser.Parameters.Slot != slot || winner.Parameters.Slot != slot)
        {
            return CommandOutcome.Refused("That duel is gone: one of its takes or its reel no longer exists.");
        }

        var now = time.GetUtcNow();
        if (VoteRules.Check(reel, winner, command.Invoker, now) is { } refusal)
        {
            return CommandOutcome.Refused(refusal);
        }

        var outcome = await ballots.RecordDuelAsync(reelId, slot, winnerId, loserId, command.Invoker.Id, now, cancellationToken);
        if (outcome != VoteOutcome.Unchanged && reel.Phase == ReelPhase.Voting && reel.Rules.Ranking == RankingMode.Duels && !reel.Rules.HideTallies)
        {
            await timers.ScheduleAsync(reelId, ReelTimer.Recut, now.AddSeconds(options.Value.RecutDelaySeconds), replace: false, cancellationToken);
        }

        var said = outcome == VoteOutcome.Changed ? $"You now pick take {winnerId} in this duel." : $"You picked take {winnerId}. Thanks!";
        return new CommandOutcome(ChatReply.Refusal(said), Accepted: true);
    }
}
