namespace ClipBot.Core.Reels;

/// <summary>How a slot's winner is chosen: the most votes, or the best Bradley–Terry score from duels.</summary>
public enum RankingMode
{
    Votes,
    Duels,
}
