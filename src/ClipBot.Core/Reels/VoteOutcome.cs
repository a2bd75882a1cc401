namespace ClipBot.Core.Reels;

/// <summary>What a vote did: counted for the first time, moved from another take, or nothing (the same vote again).</summary>
public enum VoteOutcome
{
    Cast,
    Changed,
    Unchanged,
}
