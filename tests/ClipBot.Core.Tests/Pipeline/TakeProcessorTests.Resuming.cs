using ClipBot.Core.Generation;
using ClipBot.Core.Notifications;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Queue;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class TakeProcessorTests
{
    [Theory]
    [InlineData(TakeStatus.Posted)]
    [InlineData(TakeStatus.Cancelled)]
    [InlineData(TakeStatus.Failed)]
    public async Task ProcessAsync_TakeAlreadyFinal_LeftAloneWithoutFailure(TakeStatus status)
    {
        var take = Seed(status);
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Null(outcome.Failure);
        Assert.Equal(take, _store.Get(take.Id));
        Assert.Empty(_store.Saves);
        Assert.Empty(_events.Published);
        _generator.Verify(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()), Times.Never);
        _ingest.VerifyNoOtherCalls();
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_ReadyTake_OnlyPostedNotRegenerated()
    {
        var take = Seed(TakeStatus.Ready);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal([TakeStatus.Posted], _events.StatusSequence());
        Assert.Equal(TestTakes.Artifacts, _store.Get(take.Id).Artifacts);
        _generator.Verify(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()), Times.Never);
        _ingest.VerifyNoOtherCalls();
        _notifier.Verify(n => n.PostAsync(It.Is<Take>(t => t.Id == take.Id), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData(TakeStatus.Generating)]
    [InlineData(TakeStatus.Processing)]
    public async Task ProcessAsync_TakeInterruptedBeforeReady_MadeAgain(TakeStatus status)
    {
        var take = Seed(status);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(TakeStatus.Posted, _store.Get(take.Id).Status);
        _generator.Verify(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ProcessAsync_LeaseNoLongerOwned_MadeButNotPosted()
    {
        var take = Seed(TakeStatus.Queued);
        var processor = CreateProcessor();

        await Record.ExceptionAsync(() => processor.ProcessAsync(Lease(take), NotOwned, CancellationToken.None));

        Assert.Equal(TakeStatus.Ready, _store.Get(take.Id).Status);
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_LeaseNoLongerOwned_NotReportedAsAFailureOfTheTake()
    {
        // ProcessAsync's contract: a lost lease stops the attempt by throwing (or ends it without a verdict); it is
        // not an unexpected error of the take to retry or dead-letter.
        var take = Seed(TakeStatus.Queued);
        var processor = CreateProcessor();
        ProcessOutcome? outcome = null;

        var exception = await Record.ExceptionAsync(async () => outcome = await processor.ProcessAsync(Lease(take), NotOwned, CancellationToken.None));

        if (exception is null)
        {
            Assert.Null(outcome?.Failure);
        }
        else
        {
            Assert.IsAssignableFrom<OperationCanceledException>(exception);
        }
    }

    [Fact]
    public async Task ProcessAsync_ReadyTakeNoLongerOwned_LeftReady()
    {
        var take = Seed(TakeStatus.Ready);
        var processor = CreateProcessor();

        await Record.ExceptionAsync(() => processor.ProcessAsync(Lease(take), NotOwned, CancellationToken.None));

        Assert.Equal(take, _store.Get(take.Id));
        Assert.Empty(_events.Published);
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_OwnershipCheckedOnlyOnceTheTakeIsReady()
    {
        var take = Seed(TakeStatus.Queued);
        TakeStatus? statusWhenAsked = null;
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), _ =>
        {
            statusWhenAsked = _store.Get(take.Id).Status;
            return Task.FromResult(true);
        }, CancellationToken.None);

        Assert.Equal(TakeStatus.Ready, statusWhenAsked);
    }

    [Fact]
    public async Task ProcessAsync_TakeMissing_DroppedWithoutThrowing()
    {
        var lease = new JobLease(TakeId.New(), TestTakes.Author.Id, "token", TestTakes.Start.AddMinutes(1), 1);
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(lease, Owned, CancellationToken.None);

        Assert.Null(outcome.Failure);
        Assert.Empty(_events.Published);
        _generator.Verify(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_NoNotifierForPlatform_TakeStaysReady()
    {
        var take = Seed(TakeStatus.Queued, platform: "slack");
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(TakeStatus.Ready, _store.Get(take.Id).Status);
        Assert.Equal([TakeStatus.Generating, TakeStatus.Processing, TakeStatus.Ready], _events.StatusSequence());
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_SeveralNotifiers_PostsWithTheOneForTheTakesPlatform()
    {
        var take = Seed(TakeStatus.Queued, platform: "slack");
        var slack = new Mock<ITakeNotifier>();
        slack.SetupGet(n => n.Platform).Returns("slack");
        slack.Setup(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>())).ReturnsAsync(Result<bool>.Success(true));
        var processor = CreateProcessor(_notifier.Object, slack.Object);

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(TakeStatus.Posted, _store.Get(take.Id).Status);
        slack.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Once);
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
