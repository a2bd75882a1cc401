using System.Globalization;
using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Commands.Reels;

/// <summary>
/// /reel duel slot: two takes of a shot side by side, and a button for each. The pair is the one with the
/// fewest picks so far, so every take meets every other before any pair is shown twice as often.
/// </summary>
internal sealed class ReelDuelCommand(ReelStandings standings, IBallotBox ballots) : IReelSubcommand
{
    public IReadOnlyList<string> Names => ["duel"];

    public string Usage => "duel <shot>: two takes of a shot side by side; pick the better one";

    public bool AdminOnly => false;

    public bool NeedsReel => true;

    public async Task<CommandOutcome> HandleAsync(ReelInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var reel = invocation.RequiredReel;
        if (!int.TryParse(invocation.Arguments.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || reel.FindSlot(index) is not { } slot)
        {
            return CommandOutcome.Refused($"Give a shot number from 1 to {reel.Slots.Count}: `/reel duel 3`.");
        }

        if (reel.Phase == ReelPhase.Locked)
        {
            return CommandOutcome.Refused($"“{reel.Name}” is locked; its duels are over.");
        }

        var finished = (await standings.ForSlotAsync(reel, slot, cancellationToken)).Takes.Select(t => t.Take.Id).ToList();
        if (finished.Count < 2)
        {
            return CommandOutcome.Refused($"Shot {index} needs two finished takes for a duel; it has {finished.Count}.");
        }

        var picks = await ballots.ListDuelsAsync(reel.Id, index, cancellationToken);
        var (left, right) = FewestPicked(finished, picks);
        var reply = new ChatReply($"Duel for shot {index}: which take is better, left ({left}) or right ({right})?", Ephemeral: false)
        {
            SideBySide = [left, right],
            Buttons =
            [
                new ChatButton("◀ Left", ChatActions.Pick(reel.Id, index, left, right)),
                new ChatButton("Right ▶", ChatActions.Pick(reel.Id, index, right, left)),
            ],
        };
        return new CommandOutcome(reply, Accepted: true);
    }

    private static (TakeId Left, TakeId Right) FewestPicked(List<TakeId> takes, IReadOnlyList<DuelPick> picks)
    {
        var counts = new Dictionary<(TakeId, TakeId), int>();
        foreach (var pick in picks)
        {
            var key = Ordered(pick.Winner, pick.Loser);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var pairs = new List<(TakeId, TakeId)>();
        for (var i = 0; i < takes.Count; i++)
        {
            for (var j = i + 1; j < takes.Count; j++)
            {
                pairs.Add((takes[i], takes[j]));
            }
        }

        var fewest = pairs.Min(p => counts.GetValueOrDefault(Ordered(p.Item1, p.Item2)));
        var candidates = pairs.Where(p => counts.GetValueOrDefault(Ordered(p.Item1, p.Item2)) == fewest).ToList();
        var chosen = candidates[Random.Shared.Next(candidates.Count)];

        // Which side a take is shown on is random too, so neither side gets the habitual click.
        return Random.Shared.Next(2) == 0 ? chosen : (chosen.Item2, chosen.Item1);
    }

    private static (TakeId, TakeId) Ordered(TakeId a, TakeId b) =>
        string.CompareOrdinal(a.Value, b.Value) <= 0 ? (a, b) : (b, a);
}
