namespace ClipBot.Media.Cut;

/// <summary>One entry of the concat list: a run of frames from one file, placed on the timeline.</summary>
/// <param name="Index">The shot for <see cref="PieceKind.Shot"/>, the transition for <see cref="PieceKind.Transition"/>, 0 for credits.</param>
/// <param name="InFrame">The first frame taken from the file; always a keyframe.</param>
/// <param name="Frames">How many frames the piece lasts on the timeline.</param>
/// <param name="FramesInFile">How many of them the file really has (a take a frame short leaves its last frame up longer).</param>
/// <param name="TimelineFrame">Where the piece starts in the cut.</param>
internal sealed record CutPiece(PieceKind Kind, int Index, int InFrame, int Frames, int FramesInFile, int TimelineFrame)
{
    public int TimelineEnd => TimelineFrame + Frames;
}
