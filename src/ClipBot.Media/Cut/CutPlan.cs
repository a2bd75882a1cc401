using ClipBot.Media.Arguments;

namespace ClipBot.Media.Cut;

/// <summary>The cut laid out in frames: what the concat list plays, which crossfades it needs, and the chapters.</summary>
/// <param name="TimelineFrames">The length of the cut: every shot's slot plus the credits.</param>
/// <param name="CreditsFrames">The credits card's length; 0 for none.</param>
internal sealed record CutPlan(
    IReadOnlyList<CutPiece> Pieces,
    IReadOnlyList<TransitionWindow> Transitions,
    IReadOnlyList<ChapterMark> Chapters,
    int TimelineFrames,
    int CreditsFrames)
{
    /// <summary>How many frames the output's video track must hold.</summary>
    public int ExpectedSamples => Pieces.Sum(piece => piece.FramesInFile);
}
