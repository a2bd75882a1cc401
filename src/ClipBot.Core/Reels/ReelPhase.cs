namespace ClipBot.Core.Reels;

/// <summary>
/// Where a reel's contest stands. Open: fans make takes and may already vote. Voting: no new takes, only
/// votes, and a change of winner re-renders the cut. Locked: the ballots are final and the final cut is made.
/// </summary>
public enum ReelPhase
{
    Open,
    Voting,
    Locked,
}
