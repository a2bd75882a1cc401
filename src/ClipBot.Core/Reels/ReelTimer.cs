namespace ClipBot.Core.Reels;

/// <summary>What a reel's timer does when it fires.</summary>
public enum ReelTimer
{
    /// <summary>Re-render the cut for the Studio, after a change of winner (debounced).</summary>
    Recut,

    /// <summary>Make the scheduled phase change.</summary>
    Phase,

    /// <summary>Render the cut and post it to every linked channel: <c>/reel cut</c>, and the final cut at lock.</summary>
    PostCut,
}
