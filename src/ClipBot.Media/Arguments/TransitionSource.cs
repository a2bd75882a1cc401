namespace ClipBot.Media.Arguments;

/// <summary>What one crossfade is made of, in frames of the two takes' files.</summary>
/// <param name="LeftFromFrame">The left take's first frame in the piece.</param>
/// <param name="LeftFrames">Frames of the left take, up to the cut.</param>
/// <param name="RightFrames">Frames of the right take, from its start to its first keyframe after the blend.</param>
/// <param name="BlendFrames">The crossfade's length, centred on the cut.</param>
internal sealed record TransitionSource(string LeftPath, int LeftFromFrame, int LeftFrames, string RightPath, int RightFrames, int BlendFrames)
{
    public int Frames => LeftFrames + RightFrames;
}
