using ClipBot.Core.Media;
using ClipBot.Core.Generation;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class TakeProcessorTests
{
    [Fact]
    public async Task ProcessAsync_QueuedTake_GoesGeneratingProcessingReadyPosted()
    {
        var take = Seed(TakeStatus.Queued);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal([TakeStatus.Generating, TakeStatus.Processing, TakeStatus.Ready, TakeStatus.Posted], _events.StatusSequence());
        Assert.Equal(_events.Published, _store.Saves);
    }

    [Fact]
    public async Task ProcessAsync_QueuedTake_EndsPostedWithArtifactsSavedAndReturnsNoFailure()
    {
        var take = Seed(TakeStatus.Queued);
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Null(outcome.Failure);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Posted, stored.Status);
        Assert.Equal(TestTakes.Artifacts, stored.Artifacts);
        Assert.Equal(100, stored.Progress);
        Assert.Null(stored.FailureReason);
        Assert.Equal(take.Parameters, stored.Parameters);
    }

    [Fact]
    public async Task ProcessAsync_QueuedTake_GeneratesIngestsThenPostsTheReadyTake()
    {
        var take = Seed(TakeStatus.Queued);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        var workDirectory = Path.Combine(_dataPath, "work", take.Id.Value);
        _generator.Verify(g => g.GenerateAsync(
            It.Is<GenerationRequest>(r => r.TakeId == take.Id && r.Parameters == take.Parameters && r.WorkDirectory == workDirectory),
            It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()), Times.Once);
        _ingest.Verify(i => i.IngestAsync(take.Id, Path.Combine(workDirectory, GeneratedFile), new IngestProfile(Canvas.For(take.Parameters.Aspect), null, null, 480), It.IsAny<CancellationToken>()), Times.Once);
        _notifier.Verify(n => n.PostAsync(
            It.Is<Take>(t => t.Id == take.Id && t.Status == TakeStatus.Ready && t.Artifacts == TestTakes.Artifacts),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ProcessAsync_RetryOfFailedAttempt_KeepsRetryNoteWhileGeneratingAndClearsItOnceReady()
    {
        var take = Seed(TakeStatus.Queued) with { FailureReason = "Busy. Retrying (attempt 2 of 3) at 12:00:02 UTC." };
        _store.Seed(take);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(take.FailureReason, _events.Published[0].FailureReason);
        Assert.Null(_events.Published.First(t => t.Status == TakeStatus.Ready).FailureReason);
        Assert.Null(_store.Get(take.Id).FailureReason);
        Assert.Equal(TakeStatus.Posted, _store.Get(take.Id).Status);
    }

    [Fact]
    public async Task ProcessAsync_AnyOutcome_StampsUpdatedAtFromClock()
    {
        var take = Seed(TakeStatus.Queued);
        _time.Advance(TimeSpan.FromSeconds(90));
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.All(_events.Published, t => Assert.Equal(TestTakes.Start.AddSeconds(90), t.UpdatedAt));
    }
}
