using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ClipBot.Core.Tests.Commands;

public sealed class CancelCommandHandlerTests
{
    private static readonly TimeSpan LeaseFor = TimeSpan.FromMinutes(1);
    private static readonly ChatUser Stranger = new("u-999", "Bo");
    private static readonly ChatUser Admin = new("u-admin", "Mod", IsAdmin: true);

    private readonly FakeTimeProvider _time = new(TestTakes.Start);
    private readonly InMemoryTakeStore _store = new();
    private readonly RecordingTakeEvents _events = new();
    private readonly InMemoryJobCancellations _cancellations = new();
    private readonly InMemoryJobQueue _queue;

    public CancelCommandHandlerTests()
    {
        _queue = new InMemoryJobQueue(_time);
    }

    // ---- what gets cancelled ----

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

    // ---- who may cancel ----

    [Fact]
    public async Task HandleAsync_AnotherUsersTake_RefusedAndLeftAlone()
    {
        var take = await QueueAsync();
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value, Stranger), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal($"Only the author of take {take.Id} or an admin can cancel it.", outcome.Reply.Text);
        Assert.Equal(TakeStatus.Queued, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Waiting);
        Assert.Empty(_store.Saves);
        Assert.Empty(_events.Published);
    }

    [Fact]
    public async Task HandleAsync_AnotherUsersRunningTake_RefusedWithoutSignal()
    {
        var take = await QueueAsync(TakeStatus.Generating);
        await _queue.TryLeaseAsync("worker-a", LeaseFor, 2, CancellationToken.None);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value, Stranger), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.Empty(_cancellations.Signalled);
        Assert.Equal(TakeStatus.Generating, _store.Get(take.Id).Status);
    }

    [Fact]
    public async Task HandleAsync_AdminCancelsAnotherUsersTake_Cancelled()
    {
        var take = await QueueAsync();
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value, Admin), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Empty(_queue.Waiting);
    }

    [Fact]
    public async Task HandleAsync_SameNameDifferentId_Refused()
    {
        var take = await QueueAsync();
        var namesake = new ChatUser("u-456", TestTakes.Author.DisplayName);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value, namesake), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.Equal(TakeStatus.Queued, _store.Get(take.Id).Status);
    }

    // ---- bad input ----

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task HandleAsync_NoTakeGiven_RefusedSayingHowToUseIt(string arguments)
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(arguments), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal("Say which take to cancel: /cancel <take id>. /queue lists yours.", outcome.Reply.Text);
    }

    [Theory]
    [InlineData("abcdefghjkmn")]
    [InlineData("../../etc/pw")]
    [InlineData("nope")]
    public async Task HandleAsync_UnknownTake_RefusedNamingIt(string arguments)
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(arguments), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal($"There is no take `{arguments}`. /queue lists yours.", outcome.Reply.Text);
        Assert.Empty(_events.Published);
    }

    [Fact]
    public async Task HandleAsync_VeryLongUnknownTake_RefusalQuotesItShortened()
    {
        var arguments = new string('x', 300);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(arguments), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.Contains("`" + new string('x', 24) + "…`", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 25), outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TakeStatus.Posted, "posted")]
    [InlineData(TakeStatus.Failed, "failed")]
    [InlineData(TakeStatus.Cancelled, "cancelled")]
    [InlineData(TakeStatus.Ready, "ready")]
    public async Task HandleAsync_TakeAlreadyFinished_RefusedSayingItsStatus(TakeStatus status, string wire)
    {
        var take = Seed(status);
        var queue = new Mock<IJobQueue>();
        var handler = CreateHandler(queue.Object);

        var outcome = await handler.HandleAsync(Command(take.Id.Value), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal($"Take {take.Id} is already {wire}; there is nothing to cancel.", outcome.Reply.Text);
        Assert.Equal(status, _store.Get(take.Id).Status);
        Assert.Empty(_store.Saves);
        Assert.Empty(_cancellations.Signalled);
        queue.VerifyNoOtherCalls();
    }

    [Fact]
    public void Name_Always_IsCancel()
    {
        var handler = CreateHandler();

        var name = handler.Name;

        Assert.Equal("cancel", name);
    }

    // ---- helpers ----

    private CancelCommandHandler CreateHandler(IJobQueue? queue = null) => new(
        _store,
        queue ?? _queue,
        _cancellations,
        new TakeUpdater(_store, _events, _time),
        NullLogger<CancelCommandHandler>.Instance);

    private Take Seed(TakeStatus status)
    {
        var take = TestTakes.Create(status);
        _store.Seed(take);
        return take;
    }

    private async Task<Take> QueueAsync(TakeStatus status = TakeStatus.Queued)
    {
        var take = Seed(status);
        await _queue.EnqueueAsync(take.Id, take.Author.Id);
        return take;
    }

    private static ChatCommand Command(string arguments, ChatUser? invoker = null) =>
        new("cancel", arguments, invoker ?? TestTakes.Author, ChannelRef.Studio);
}
