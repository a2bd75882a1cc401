using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Media;

/// <summary>Turns a generated file into the take's artifacts in the media folder, paying the encoding once.</summary>
public interface IMediaIngest
{
    /// <summary>
    /// Probes the source and refuses what is not a usable video (not a video, no video stream, over 60 s,
    /// over 200 MB). Writes the mezzanine (H.264, yuv420p, the canvas's size and rate, no audio, no
    /// B-frames, closed GOP with a keyframe every 0.5 s, stitchable, faststart: it plays in browsers and
    /// joins other takes of the reel by stream copy), a poster JPEG, an animated preview, and the delivery
    /// rendition when the profile asks for one. The source file is left where it is.
    /// </summary>
    Task<Result<TakeArtifacts>> IngestAsync(TakeId takeId, string sourcePath, IngestProfile profile, CancellationToken cancellationToken);
}
