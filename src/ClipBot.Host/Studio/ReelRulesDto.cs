using ClipBot.Core.Reels;

namespace ClipBot.Host.Studio;

/// <summary>Who may vote in a reel and what voters see, as the reel page shows it.</summary>
internal sealed record ReelRulesDto(bool SelfVotes, int MinAccountAgeDays, string? RequiredRole, bool HideTallies, string Ranking)
{
    public static ReelRulesDto From(VotingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new ReelRulesDto(rules.SelfVotes, rules.MinAccountAgeDays, rules.RequiredRole, rules.HideTallies, ReelWire.Of(rules.Ranking));
    }
}
