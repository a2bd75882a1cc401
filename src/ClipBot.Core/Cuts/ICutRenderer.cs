using ClipBot.Core.Results;

namespace ClipBot.Core.Cuts;

/// <summary>Joins a reel's chosen takes into one video, in time with the song.</summary>
public interface ICutRenderer
{
    /// <summary>
    /// Renders the cut by stream copy (concat demuxer over the takes' files, the song's audio copied), with
    /// crossfades re-encoding only the transition windows (cached per pair of neighbouring takes), a
    /// pre-rendered credits card at the end and a chapter per shot. An empty slot (<see cref="CutShot.IsCard"/>)
    /// shows a cached card with its title and brief for as long as the slot. The result is checked: its
    /// length is within one frame of the timeline, and it decodes without errors.
    /// </summary>
    Task<Result<CutResult>> RenderAsync(CutRequest request, CancellationToken cancellationToken);
}
