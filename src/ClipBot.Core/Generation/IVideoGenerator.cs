using ClipBot.Core.Results;

namespace ClipBot.Core.Generation;

/// <summary>A text-to-video generator: the local procedural one, or a hosted model.</summary>
public interface IVideoGenerator
{
    /// <summary>The provider name stored on each take, e.g. "local".</summary>
    string Name { get; }

    /// <summary>
    /// Makes the clip and returns the path of the video file. Expected failures (a refusal, a busy provider)
    /// come back as errors; cancellation stops the work and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    Task<Result<string>> GenerateAsync(GenerationRequest request, IProgress<int> progress, CancellationToken cancellationToken);
}
