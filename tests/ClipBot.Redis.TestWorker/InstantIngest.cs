using ClipBot.Core.Media;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.TestWorker;

/// <summary>Ingest without ffmpeg: the fault tests are about the queue, and a real encode would only slow them.</summary>
internal sealed class InstantIngest : IMediaIngest
{
    public Task<Result<TakeArtifacts>> IngestAsync(TakeId takeId, string sourcePath, IngestProfile profile, CancellationToken cancellationToken)
    {
        var artifacts = new TakeArtifacts($"takes/{takeId.Value}.mp4", $"takes/{takeId.Value}.jpg", 1280, 720, 4, 1024);
        return Task.FromResult<Result<TakeArtifacts>>(artifacts);
    }
}
