using ClipBot.Core.Generation;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class TakeProcessorTests
{
    [Fact]
    public async Task ProcessAsync_CancelledDuringGeneration_ThrowsAndLeavesTakeUnfailed()
    {
        var take = Seed(TakeStatus.Queued);
        using var cancellation = new CancellationTokenSource();
        var started = BlockGeneratorUntilCancelled();
        var processor = CreateProcessor();

        var processing = processor.ProcessAsync(Lease(take), Owned, cancellation.Token);
        await started.Task.WaitAsync(WaitLimit);
        await cancellation.CancelAsync();
        var exception = await Record.ExceptionAsync(() => processing.WaitAsync(WaitLimit));

        Assert.IsAssignableFrom<OperationCanceledException>(exception);
        Assert.Equal(TakeStatus.Generating, _store.Get(take.Id).Status);
        Assert.Null(_store.Get(take.Id).FailureReason);
        Assert.False(Directory.Exists(Path.Combine(_dataPath, "work", take.Id.Value)));
        _ingest.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_TakeCancelledByItsAuthorMidGeneration_ThrowsTakeCancelledAndKeepsItCancelled()
    {
        // /cancel saved the take as cancelled but its signal never arrived: the next save stops the worker.
        var take = Seed(TakeStatus.Queued);
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns((GenerationRequest request, IProgress<int> _, CancellationToken _) =>
            {
                _store.Seed(_store.Get(take.Id) with { Status = TakeStatus.Cancelled });
                return Task.FromResult(WriteClip(request));
            });
        var processor = CreateProcessor();

        var exception = await Record.ExceptionAsync(() => processor.ProcessAsync(Lease(take), Owned, CancellationToken.None));

        Assert.IsType<TakeCancelledException>(exception);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.DoesNotContain(_events.Published, t => t.Status == TakeStatus.Processing);
        Assert.False(Directory.Exists(Assert.Single(_workDirectories)), "The work directory outlived the job.");
        _ingest.VerifyNoOtherCalls();
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
