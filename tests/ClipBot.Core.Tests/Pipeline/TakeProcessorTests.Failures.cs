using ClipBot.Core.Media;
using ClipBot.Core.Generation;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class TakeProcessorTests
{
    [Fact]
    public async Task ProcessAsync_GeneratorRefuses_ReturnsTheRefusalAndLeavesRecordingTheFailureToTheRunner()
    {
        var take = Seed(TakeStatus.Queued);
        var refusal = new Error(ErrorKind.Refused, "blocked by policy");
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<string>.Failure(refusal));
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(refusal, outcome.Failure);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Generating, stored.Status);
        Assert.Null(stored.FailureReason);
        Assert.Equal([TakeStatus.Generating], _events.StatusSequence());
        _ingest.VerifyNoOtherCalls();
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_IngestFails_ReturnsItsErrorAndNeverPosts()
    {
        var take = Seed(TakeStatus.Queued);
        var invalid = Error.Invalid("The generated file is not a video.");
        _ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<IngestProfile>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<TakeArtifacts>.Failure(invalid));
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(invalid, outcome.Failure);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Processing, stored.Status);
        Assert.Null(stored.Artifacts);
        Assert.Equal([TakeStatus.Generating, TakeStatus.Processing], _events.StatusSequence());
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_NotifierFails_ReturnsItsErrorAndTakeStaysReady()
    {
        var take = Seed(TakeStatus.Queued);
        var forbidden = new Error(ErrorKind.Forbidden, "The bot may not post in this channel.");
        _notifier.Setup(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<bool>.Failure(forbidden));
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(forbidden, outcome.Failure);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Ready, stored.Status);
        Assert.Equal(TestTakes.Artifacts, stored.Artifacts);
    }

    [Theory]
    [InlineData("generator")]
    [InlineData("ingest")]
    [InlineData("notifier")]
    public async Task ProcessAsync_UnexpectedException_ReturnsTransientFailureWithGenericReasonNeverExceptionText(string thrower)
    {
        var take = Seed(TakeStatus.Queued);
        var secret = new InvalidOperationException("boom at /srv/clipbot/secrets token=abc123");
        switch (thrower)
        {
            case "generator":
                _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>())).ThrowsAsync(secret);
                break;
            case "ingest":
                _ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<IngestProfile>(), It.IsAny<CancellationToken>())).ThrowsAsync(secret);
                break;
            default:
                _notifier.Setup(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>())).ThrowsAsync(secret);
                break;
        }

        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(new Error(ErrorKind.Transient, TakeProcessor.UnexpectedFailure), outcome.Failure);
        Assert.NotEqual(TakeStatus.Failed, _store.Get(take.Id).Status);
        Assert.DoesNotContain(_events.Published, t => t.FailureReason?.Contains("boom", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ProcessAsync_GeneratorThrowsCancellationNobodyAskedFor_ReturnsTransientFailureWithGenericReason()
    {
        // An HTTP client timeout surfaces as TaskCanceledException although the worker's token is not cancelled.
        var take = Seed(TakeStatus.Queued);
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing."));
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(new Error(ErrorKind.Transient, TakeProcessor.UnexpectedFailure), outcome.Failure);
        Assert.Equal(TakeStatus.Generating, _store.Get(take.Id).Status);
    }
}
