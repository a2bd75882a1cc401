using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Commands;

public sealed partial class CancelCommandHandlerTests
{
    [Fact]
    public async Task HandleAsync_AuthorCancelsWaitingTake_SavedCancelledAndRemovedFromTheQueue()
    {
        var take = await QueueAsync();
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Empty(_queue.Waiting);
        Assert.Empty(_cancellations.Signalled);
    }

    [Fact]
    public async Task HandleAsync_AuthorCancelsWaitingTake_NeverLeasedAfterwards()
    {
        var take = await QueueAsync();
        var handler = CreateHandler();

        await handler.HandleAsync(Command(take.Id.Value), CancellationToken.None);
        var lease = await _queue.TryLeaseAsync("worker-a", LeaseFor, 2, CancellationToken.None);

        Assert.Null(lease);
    }

    [Fact]
    public async Task HandleAsync_AuthorCancelsTakeWaitingToRetry_RemovedFromTheRetries()
    {
        var take = await QueueAsync();
        var lease = await _queue.TryLeaseAsync("worker-a", LeaseFor, 2, CancellationToken.None);
        await _queue.RetryLaterAsync(lease!, TestTakes.Start.AddSeconds(30), "busy", CancellationToken.None);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.Empty(_queue.Retrying);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Empty(_cancellations.Signalled);
    }

    [Fact]
    public async Task HandleAsync_AuthorCancelsRunningTake_SavedCancelledAndWorkersSignalled()
    {
        var take = await QueueAsync(TakeStatus.Generating);
        await _queue.TryLeaseAsync("worker-a", LeaseFor, 2, CancellationToken.None);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _cancellations.Signalled);
        Assert.NotNull(_queue.LeaseOf(take.Id));
    }

    [Fact]
    public async Task HandleAsync_TakeQueuedButNotInTheQueue_StillCancelledWithoutSignal()
    {
        var take = Seed(TakeStatus.Queued);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Empty(_cancellations.Signalled);
    }

    [Fact]
    public async Task HandleAsync_Accepted_PrivateReplyNamingTheTakeWithoutClaimingToHaveQueuedIt()
    {
        var take = await QueueAsync();
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value), CancellationToken.None);

        Assert.Equal($"Cancelled take {take.Id}.", outcome.Reply.Text);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal(take.Id, outcome.Reply.TakeId);
        Assert.Null(outcome.TakeId);
    }

    [Fact]
    public async Task HandleAsync_Accepted_PublishesTheCancelledTakeWithProgressAndRetryNoteCleared()
    {
        var take = await QueueAsync(TakeStatus.Queued);
        _store.Seed(take with { Progress = 30, FailureReason = "Busy. Retrying (attempt 2 of 3) at 12:00:02 UTC." });
        _time.Advance(TimeSpan.FromSeconds(9));
        var handler = CreateHandler();

        await handler.HandleAsync(Command(take.Id.Value), CancellationToken.None);

        var published = Assert.Single(_events.Published);
        Assert.Equal(TakeStatus.Cancelled, published.Status);
        Assert.Equal(0, published.Progress);
        Assert.Null(published.FailureReason);
        Assert.Equal(TestTakes.Start.AddSeconds(9), published.UpdatedAt);
        Assert.Equal(published, _store.Get(take.Id));
    }

    [Fact]
    public async Task HandleAsync_Accepted_SavesCancelledBeforeAskingTheQueue()
    {
        // A worker that misses the signal must still find the status at its next step.
        var take = Seed(TakeStatus.Generating);
        TakeStatus? statusWhenAsked = null;
        var queue = new Mock<IJobQueue>();
        queue.Setup(q => q.CancelAsync(take.Id, It.IsAny<CancellationToken>()))
            .Callback(() => statusWhenAsked = _store.Get(take.Id).Status)
            .ReturnsAsync(CancelOutcome.Running);
        var handler = CreateHandler(queue.Object);

        await handler.HandleAsync(Command(take.Id.Value), CancellationToken.None);

        Assert.Equal(TakeStatus.Cancelled, statusWhenAsked);
        Assert.Equal([take.Id], _cancellations.Signalled);
    }

    [Theory]
    [InlineData(CancelOutcome.Removed)]
    [InlineData(CancelOutcome.NotQueued)]
    public async Task HandleAsync_QueueSaysNotRunning_NoSignal(CancelOutcome found)
    {
        var take = Seed(TakeStatus.Queued);
        var queue = new Mock<IJobQueue>();
        queue.Setup(q => q.CancelAsync(take.Id, It.IsAny<CancellationToken>())).ReturnsAsync(found);
        var handler = CreateHandler(queue.Object);

        var outcome = await handler.HandleAsync(Command(take.Id.Value), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.Empty(_cancellations.Signalled);
    }

    [Fact]
    public async Task HandleAsync_IdInCapitalsAndSpaces_Found()
    {
        var take = await QueueAsync();
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("  " + take.Id.Value.ToUpperInvariant() + " "), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
    }
}
