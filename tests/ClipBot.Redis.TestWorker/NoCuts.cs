using ClipBot.Core.Cuts;
using ClipBot.Core.Results;

namespace ClipBot.Redis.TestWorker;

/// <summary>The fault tests run takes, not reels; the reel worker is wired as in production but has nothing to cut.</summary>
internal sealed class NoCuts : ICutRenderer
{
    public Task<Result<CutResult>> RenderAsync(CutRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Result<CutResult>.Failure(new Error(ErrorKind.Invalid, "The test worker renders no cuts.")));
}
