using System.Globalization;
using System.Text;
using ClipBot.Core.Chat;
using ClipBot.Core.Reels;

namespace ClipBot.Core.Commands.Reels;

/// <summary>/reel standings: each shot's leader and its votes, or "hidden" while the reel hides its tallies.</summary>
internal sealed class ReelStandingsCommand(ReelStandings standings) : IReelSubcommand
{
    private const int MaxLength = 1800;

    public IReadOnlyList<string> Names => ["standings"];

    public string Usage => "standings: each shot's leader so far";

    public bool AdminOnly => false;

    public bool NeedsReel => true;

    public async Task<CommandOutcome> HandleAsync(ReelInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var reel = invocation.RequiredReel;
        var hidden = reel.Rules.HideTallies && reel.Phase != ReelPhase.Locked;
        var text = new StringBuilder($"Standings of “{reel.Name}” ({ReelPhases.Describe(reel.Phase)}):");
        foreach (var slot in await standings.ForReelAsync(reel, cancellationToken))
        {
            var line = $"\n{slot.Slot.Index}. " + Describe(slot, hidden, reel.Rules.Ranking);
            if (text.Length + line.Length > MaxLength)
            {
                text.Append($"\n… and more; the Studio shows every shot.");
                break;
            }

            text.Append(line);
        }

        return new CommandOutcome(new ChatReply(text.ToString(), Ephemeral: false), Accepted: true);
    }

    private static string Describe(SlotStanding slot, bool hidden, RankingMode ranking)
    {
        var count = slot.Takes.Count == 1 ? "1 take" : $"{slot.Takes.Count} takes";
        if (slot.Leader is not { } leader)
        {
            return "no takes yet";
        }

        if (hidden)
        {
            return $"{count}; hidden until the vote closes";
        }

        var score = ranking == RankingMode.Duels
            ? string.Create(CultureInfo.InvariantCulture, $"duel score {leader.DuelScore:0.00}")
            : leader.Votes == 1 ? "1 vote" : $"{leader.Votes} votes";
        return $"take {leader.Take.Id} by {leader.Take.Author.DisplayName}, {score} ({count})";
    }
}
