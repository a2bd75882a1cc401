using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ClipBot.Core.Tests.Commands;

public sealed class QueueCommandHandlerTests
{
    private readonly Mock<IJobQueue> _queue = new();
    private readonly InMemoryTakeStore _store = new();
    private QueueStatus _status = new(Waiting: 0, Running: 0, Retrying: 0, WorkerSlots: 1, AverageDuration: null, []);

    public QueueCommandHandlerTests()
    {
        _queue.Setup(q => q.GetStatusAsync(It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => _status);
    }

    [Fact]
    public async Task HandleAsync_Always_AcceptedWithAnEphemeralReply()
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Null(outcome.TakeId);
    }

    [Fact]
    public async Task HandleAsync_Always_AsksForTheInvokersJobsWithTheGivenToken()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = CreateHandler();

        await handler.HandleAsync(Command(), cancellation.Token);

        _queue.Verify(q => q.GetStatusAsync(TestTakes.Author.Id, cancellation.Token), Times.Once);
        _queue.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_Always_StartsWithTheTotalsOfTheWholeQueue()
    {
        _status = _status with { Waiting = 12, Running = 3, Retrying = 1 };
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(), CancellationToken.None);

        Assert.StartsWith("Queue: 12 waiting, 3 running, 1 to retry.", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_InvokerHasNoTakes_SaysSo()
    {
        _status = _status with { Waiting = 4 };
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(), CancellationToken.None);

        Assert.Equal("Queue: 4 waiting, 0 running, 0 to retry. You have no takes in it.", outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_RunningTake_ListedWithItsStatusAndProgress()
    {
        var take = Seed(TakeStatus.Generating, progress: 40);
        _status = _status with { Running = 1, OwnerJobs = [new QueuedJob(take.Id, Running: true, Position: null, RetryAt: null)] };
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(), CancellationToken.None);

        Assert.EndsWith($"\n• {take.Id} generating, 40%", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("no takes", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_RunningTakeMissingFromTheStore_ListedAsRunningAtZero()
    {
        var id = TakeId.New();
        _status = _status with { Running = 1, OwnerJobs = [new QueuedJob(id, Running: true, Position: null, RetryAt: null)] };
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(), CancellationToken.None);

        Assert.EndsWith($"\n• {id} running, 0%", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WaitingTake_ListedWithItsPositionAndEta()
    {
        var take = Seed(TakeStatus.Queued);
        _status = _status with
        {
            Waiting = 5,
            WorkerSlots = 2,
            AverageDuration = TimeSpan.FromMinutes(2),
            OwnerJobs = [new QueuedJob(take.Id, Running: false, Position: 3, RetryAt: null)],
        };
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(), CancellationToken.None);

        Assert.EndsWith($"\n• {take.Id} #3 in line, ready in about 4 min", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WaitingTakeBeforeAnyJobFinished_PositionWithoutEta()
    {
        var take = Seed(TakeStatus.Queued);
        _status = _status with { Waiting = 1, OwnerJobs = [new QueuedJob(take.Id, Running: false, Position: 1, RetryAt: null)] };
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(), CancellationToken.None);

        Assert.EndsWith($"\n• {take.Id} #1 in line", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_RetryingTake_ListedWithTheRetryTime()
    {
        var take = Seed(TakeStatus.Queued);
        var at = new DateTimeOffset(2025, 6, 1, 12, 5, 30, TimeSpan.Zero);
        _status = _status with { Retrying = 1, OwnerJobs = [new QueuedJob(take.Id, Running: false, Position: null, RetryAt: at)] };
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(), CancellationToken.None);

        Assert.EndsWith($"\n• {take.Id} retrying at 12:05:30 UTC", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SeveralTakes_OneLineEachInTheQueuesOrder()
    {
        var running = Seed(TakeStatus.Processing, progress: 100);
        var waiting = Seed(TakeStatus.Queued);
        var retrying = Seed(TakeStatus.Queued);
        _status = new QueueStatus(Waiting: 3, Running: 1, Retrying: 1, WorkerSlots: 1, TimeSpan.FromSeconds(30),
        [
            new QueuedJob(running.Id, Running: true, Position: null, RetryAt: null),
            new QueuedJob(waiting.Id, Running: false, Position: 2, RetryAt: null),
            new QueuedJob(retrying.Id, Running: false, Position: null, RetryAt: TestTakes.Start.AddMinutes(1)),
        ]);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(), CancellationToken.None);

        var lines = outcome.Reply.Text.Split('\n');
        Assert.Equal(
        [
            "Queue: 3 waiting, 1 running, 1 to retry.",
            $"• {running.Id} processing, 100%",
            $"• {waiting.Id} #2 in line, ready in about 2 min",
            $"• {retrying.Id} retrying at 12:01:00 UTC",
        ], lines);
    }

    [Fact]
    public async Task HandleAsync_AgainstTheQueue_PositionsFollowTheRoundRobin()
    {
        var time = new FakeTimeProvider(TestTakes.Start);
        var queue = new InMemoryJobQueue(time);
        var mine = new[] { Seed(TakeStatus.Queued), Seed(TakeStatus.Queued) };
        await queue.EnqueueAsync(TakeId.New(), "u-first");
        await queue.EnqueueAsync(TakeId.New(), "u-first");
        await queue.EnqueueAsync(TakeId.New(), "u-first");
        await queue.EnqueueAsync(mine[0].Id, TestTakes.Author.Id);
        await queue.EnqueueAsync(mine[1].Id, TestTakes.Author.Id);
        var handler = new QueueCommandHandler(queue, _store);

        var outcome = await handler.HandleAsync(Command(), CancellationToken.None);

        Assert.Contains($"• {mine[0].Id} #2 in line", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains($"• {mine[1].Id} #4 in line", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.StartsWith("Queue: 5 waiting, 0 running, 0 to retry.", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_Always_IsQueue()
    {
        var handler = CreateHandler();

        var name = handler.Name;

        Assert.Equal("queue", name);
    }

    private QueueCommandHandler CreateHandler() => new(_queue.Object, _store);

    private Take Seed(TakeStatus status, int progress = 0)
    {
        var take = TestTakes.Create(status) with { Progress = progress };
        _store.Seed(take);
        return take;
    }

    private static ChatCommand Command() => new("queue", string.Empty, TestTakes.Author, ChannelRef.Studio);
}
