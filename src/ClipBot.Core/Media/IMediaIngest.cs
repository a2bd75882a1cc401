using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Media;

/// <summary>Turns a generated file into the take's playable artifacts in the media folder.</summary>
public interface IMediaIngest
{
    /// <summary>
    /// Probes the source, refuses what is not a usable video, and writes the take's H.264 MP4 (faststart)
    /// and poster JPEG. The source file is left where it is.
    /// </summary>
    Task<Result<TakeArtifacts>> IngestAsync(TakeId takeId, string sourcePath, CancellationToken cancellationToken);
}
