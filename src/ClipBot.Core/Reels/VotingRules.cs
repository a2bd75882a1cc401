namespace ClipBot.Core.Reels;

/// <summary>Who may vote in a reel and what voters see.</summary>
/// <param name="SelfVotes">Whether a member may vote for their own take.</param>
/// <param name="MinAccountAgeDays">How old a voter's platform account must be; 0 for any age.</param>
/// <param name="RequiredRole">A platform role id a voter must hold; null for none.</param>
/// <param name="HideTallies">Whether counts stay hidden until the reel is locked.</param>
/// <param name="Ranking">Whether winners come from vote counts or from duels.</param>
public sealed record VotingRules(
    bool SelfVotes = false,
    int MinAccountAgeDays = 0,
    string? RequiredRole = null,
    bool HideTallies = false,
    RankingMode Ranking = RankingMode.Votes)
{
    public static VotingRules Default { get; } = new();
}
