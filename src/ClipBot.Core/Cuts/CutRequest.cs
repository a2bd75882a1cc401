using ClipBot.Core.Media;
using ClipBot.Core.Songs;

namespace ClipBot.Core.Cuts;

/// <summary>
/// A cut to render: the shots in order, the song under them (or silence), crossfades between them, and a
/// credits card at the end.
/// </summary>
/// <param name="CutId">Names the output and the cache of this cut's transitions and credits (e.g. the reel's id).</param>
/// <param name="TransitionSeconds">Crossfade length between shots; 0 for hard cuts.</param>
/// <param name="CreditsSeconds">Length of the credits card at the end; 0 for none.</param>
public sealed record CutRequest(
    string CutId,
    IReadOnlyList<CutShot> Shots,
    Song? Song,
    Canvas Canvas,
    CutRendition Rendition,
    double TransitionSeconds = 0,
    double CreditsSeconds = 5)
{
    /// <summary>
    /// Decode every frame before the cut is accepted, not only the seams where stream copy joined two
    /// files. It costs about 15× the cut itself, so only a reel's final cut asks for it.
    /// </summary>
    public bool VerifyEveryFrame { get; init; }
}
