using ClipBot.Core.Generation;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class TakeProcessorTests
{
    [Fact]
    public async Task ProcessAsync_GeneratorReportsProgress_ProgressSavedOnTheNextTick()
    {
        var take = Seed(TakeStatus.Queued);
        Take? savedDuringGeneration = null;
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns(async (GenerationRequest request, IProgress<int> progress, CancellationToken _) =>
            {
                progress.Report(40);
                _time.Advance(TimeSpan.FromMilliseconds(500));
                savedDuringGeneration = await _events.WaitForAsync(t => t.Progress == 40, WaitLimit);
                return WriteClip(request);
            });
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.NotNull(savedDuringGeneration);
        Assert.Equal(TakeStatus.Generating, savedDuringGeneration.Status);
        Assert.Contains(_store.Saves, t => t.Progress == 40 && t.Status == TakeStatus.Generating);
        Assert.Equal([TakeStatus.Generating, TakeStatus.Processing, TakeStatus.Ready, TakeStatus.Posted], _events.StatusSequence());
    }

    [Fact]
    public async Task ProcessAsync_ProgressBeforeFirstTick_NotSavedYet()
    {
        var take = Seed(TakeStatus.Queued);
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns((GenerationRequest request, IProgress<int> progress, CancellationToken _) =>
            {
                progress.Report(40);
                _time.Advance(TimeSpan.FromMilliseconds(499));
                return Task.FromResult(WriteClip(request));
            });
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.DoesNotContain(_store.Saves, t => t.Progress == 40);
    }

    [Fact]
    public async Task ProcessAsync_ManyReportsWithinOneTick_OnlyLatestSaved()
    {
        var take = Seed(TakeStatus.Queued);
        ReportThenTick(Enumerable.Range(1, 50), t => t.Progress == 50);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        var generating = _store.Saves.Where(t => t.Status == TakeStatus.Generating).Select(t => t.Progress);
        Assert.Equal([0, 50], generating);
    }

    [Fact]
    public async Task ProcessAsync_ProgressOver100_SavedAs100()
    {
        var take = Seed(TakeStatus.Queued);
        ReportThenTick([30, 250], t => t.Status == TakeStatus.Generating && t.Progress == 100);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        var generating = _store.Saves.Where(t => t.Status == TakeStatus.Generating).Select(t => t.Progress);
        Assert.Equal([0, 100], generating);
    }
}
