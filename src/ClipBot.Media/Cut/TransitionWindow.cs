namespace ClipBot.Media.Cut;

/// <summary>
/// A crossfade between shot <see cref="Left"/> and the next one, as frames of their files. The blend is
/// centred on the cut: the left take's last <see cref="LeftFrames"/> frames play into a held last frame,
/// the right take's first frame is held, then plays; the piece runs on to the right take's first keyframe
/// after the blend, where stream copy can take over again.
/// </summary>
/// <param name="LeftFromFrame">The first frame of the left take in the piece.</param>
/// <param name="LeftFrames">Frames of the left take before the cut.</param>
/// <param name="RightFrames">Frames of the right take in the piece: up to its first keyframe after the blend.</param>
/// <param name="BlendFrames">The crossfade's length.</param>
internal sealed record TransitionWindow(int Left, int LeftFromFrame, int LeftFrames, int RightFrames, int BlendFrames)
{
    public int Right => Left + 1;

    public int Frames => LeftFrames + RightFrames;
}
