using ClipBot.Core.Generation;
using ClipBot.Core.Media;
using ClipBot.Core.Notifications;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Queue;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed class JobRunnerTests : IDisposable
{
    private const string Worker = "worker-a";
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);
    private static readonly WorkerOptions Settings = new() { LeaseSeconds = 60 };

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "clipbot-core-tests-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(TestTakes.Start);
    private readonly InMemoryTakeStore _store = new();
    private readonly RecordingTakeEvents _events = new();
    private readonly InMemoryJobQueue _queue;
    private readonly Mock<IVideoGenerator> _generator = new();
    private readonly Mock<IMediaIngest> _ingest = new();
    private readonly Mock<ITakeNotifier> _notifier = new();

    public JobRunnerTests()
    {
        _queue = new InMemoryJobQueue(_time);
        _generator.SetupGet(g => g.Name).Returns("local");
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GenerationRequest request, IProgress<int> _, CancellationToken _) => Result<string>.Success(Path.Combine(request.WorkDirectory, "clip.mp4")));
        _ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<TakeArtifacts>.Success(TestTakes.Artifacts));
        _notifier.SetupGet(n => n.Platform).Returns("discord");
        _notifier.Setup(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<bool>.Success(true));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task RunOnceAsync_EmptyQueue_ReturnsFalse()
    {
        var runner = CreateRunner();

        var ran = await runner.RunOnceAsync(Worker, CancellationToken.None);

        Assert.False(ran);
        Assert.Empty(_events.Published);
    }

    [Fact]
    public async Task RunOnceAsync_QueuedJob_ProcessedAndCompleted()
    {
        var take = await EnqueueAsync();
        var runner = CreateRunner();

        var ran = await runner.RunOnceAsync(Worker, CancellationToken.None);

        Assert.True(ran);
        Assert.Equal(TakeStatus.Posted, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Completed);
        Assert.Null(_queue.LeaseOf(take.Id));
        Assert.Empty(_queue.Pending);
    }

    [Fact]
    public async Task RunOnceAsync_TwoJobs_TakesThemInOrderOnePerCall()
    {
        var first = await EnqueueAsync();
        var second = await EnqueueAsync();
        var runner = CreateRunner();

        var ranFirst = await runner.RunOnceAsync(Worker, CancellationToken.None);
        var completedAfterFirst = _queue.Completed;
        var ranSecond = await runner.RunOnceAsync(Worker, CancellationToken.None);
        var ranThird = await runner.RunOnceAsync(Worker, CancellationToken.None);

        Assert.True(ranFirst);
        Assert.Equal([first.Id], completedAfterFirst);
        Assert.True(ranSecond);
        Assert.Equal([first.Id, second.Id], _queue.Completed);
        Assert.False(ranThird);
    }

    [Fact]
    public async Task RunOnceAsync_GeneratorRefuses_TakeFailedAndJobCompleted()
    {
        var take = await EnqueueAsync();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<string>.Failure(new Error(ErrorKind.Refused, "blocked by policy")));
        var runner = CreateRunner();

        var ran = await runner.RunOnceAsync(Worker, CancellationToken.None);

        Assert.True(ran);
        Assert.Equal(TakeStatus.Failed, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Completed);
    }

    [Fact]
    public async Task RunOnceAsync_GeneratorTimesOutWithItsOwnCancellation_TakeFailedAndJobCompleted()
    {
        // An HTTP client timeout is a TaskCanceledException although nobody stopped the worker.
        var take = await EnqueueAsync();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing."));
        var runner = CreateRunner();

        var exception = await Record.ExceptionAsync(() => runner.RunOnceAsync(Worker, CancellationToken.None));

        Assert.Null(exception);
        Assert.Equal(TakeStatus.Failed, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Completed);
    }

    [Fact]
    public async Task RunOnceAsync_TakeMissingFromStore_JobCompletedAndDropped()
    {
        var id = TakeId.New();
        await _queue.EnqueueAsync(id, CancellationToken.None);
        var runner = CreateRunner();

        var ran = await runner.RunOnceAsync(Worker, CancellationToken.None);

        Assert.True(ran);
        Assert.Equal([id], _queue.Completed);
        Assert.Empty(_queue.Pending);
    }

    [Fact]
    public async Task RunOnceAsync_StoppingMidGeneration_TakeBackToQueuedAndJobReleased()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        using var stopping = new CancellationTokenSource();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, stopping.Token);
        await generation.Started.Task.WaitAsync(WaitLimit);
        await stopping.CancelAsync();
        var ran = await running.WaitAsync(WaitLimit);

        Assert.True(ran);
        Assert.True(generation.Cancelled, "Generation did not see the cancellation.");
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Queued, stored.Status);
        Assert.Equal(0, stored.Progress);
        Assert.Equal(TakeStatus.Queued, _events.Published[^1].Status);
        Assert.Equal([take.Id], _queue.Pending);
        Assert.Null(_queue.LeaseOf(take.Id));
        Assert.Empty(_queue.Completed);
        _ingest.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunOnceAsync_StoppingWhileReadyTakeIsPosted_TakeStaysReadyAndJobReleased()
    {
        var take = await EnqueueAsync(TakeStatus.Ready);
        var posting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _notifier.Setup(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()))
            .Returns(async (Take _, CancellationToken cancellationToken) =>
            {
                posting.SetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                return Result<bool>.Success(true);
            });
        using var stopping = new CancellationTokenSource();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, stopping.Token);
        await posting.Task.WaitAsync(WaitLimit);
        await stopping.CancelAsync();
        await running.WaitAsync(WaitLimit);

        Assert.Equal(TakeStatus.Ready, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Pending);
        Assert.Empty(_queue.Completed);
    }

    [Fact]
    public async Task RunOnceAsync_RenewalFindsLeaseLost_ProcessingCancelledAndJobNotCompleted()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, CancellationToken.None);
        await generation.Started.Task.WaitAsync(WaitLimit);
        var successor = _queue.TakeOver(take.Id, Settings.Lease);
        _time.Advance(Settings.Lease / 3);
        var ran = await running.WaitAsync(WaitLimit);

        Assert.True(ran);
        Assert.True(generation.Cancelled, "Generation went on after the lease was lost.");
        Assert.Empty(_queue.Completed);
        Assert.Equal(successor, _queue.LeaseOf(take.Id));
        Assert.Empty(_queue.Pending);
        Assert.Equal(TakeStatus.Generating, _store.Get(take.Id).Status);
        _ingest.VerifyNoOtherCalls();
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RunOnceAsync_RenewalSucceeds_LeaseExtendedAndGenerationGoesOn()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        using var stopping = new CancellationTokenSource();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, stopping.Token);
        await generation.Started.Task.WaitAsync(WaitLimit);
        var before = _queue.LeaseOf(take.Id);
        _time.Advance(Settings.Lease / 3);
        var after = await WaitForLeaseChangeAsync(take.Id, before);
        var cancelledBeforeStop = generation.Cancelled;
        await stopping.CancelAsync();
        await running.WaitAsync(WaitLimit);

        Assert.NotNull(before);
        Assert.Equal(before.Token, after.Token);
        Assert.Equal(TestTakes.Start + Settings.Lease / 3 + Settings.Lease, after.ExpiresAt);
        Assert.False(cancelledBeforeStop, "A successful renewal cancelled the generation.");
    }

    [Fact]
    public async Task RunOnceAsync_LeaseLostBeforePosting_NotPostedAndNotCompleted()
    {
        var take = await EnqueueAsync();
        JobLease? successor = null;
        _ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((TakeId id, string _, CancellationToken _) =>
            {
                // This worker stalled; its lease lapsed and another worker leased the job meanwhile.
                successor = _queue.TakeOver(id, Settings.Lease);
                return Result<TakeArtifacts>.Success(TestTakes.Artifacts);
            });
        var runner = CreateRunner();

        var ran = await runner.RunOnceAsync(Worker, CancellationToken.None);

        Assert.True(ran);
        Assert.Equal(TakeStatus.Ready, _store.Get(take.Id).Status);
        Assert.Empty(_queue.Completed);
        Assert.NotNull(successor);
        Assert.Equal(successor, _queue.LeaseOf(take.Id));
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RecoverAsync_Always_CallsRequeueExpired()
    {
        using var cancellation = new CancellationTokenSource();
        var queue = new Mock<IJobQueue>();
        queue.Setup(q => q.RequeueExpiredAsync(It.IsAny<CancellationToken>())).ReturnsAsync(2);
        var runner = CreateRunner(queue.Object);

        await runner.RecoverAsync(cancellation.Token);

        queue.Verify(q => q.RequeueExpiredAsync(cancellation.Token), Times.Once);
        queue.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RecoverAsync_LeaseExpired_JobBackInQueue()
    {
        var take = await EnqueueAsync();
        await _queue.TryLeaseAsync("dead-worker", Settings.Lease, CancellationToken.None);
        _time.Advance(Settings.Lease + TimeSpan.FromSeconds(1));
        var runner = CreateRunner();

        await runner.RecoverAsync(CancellationToken.None);

        Assert.Equal([take.Id], _queue.Pending);
        Assert.Null(_queue.LeaseOf(take.Id));
    }

    [Fact]
    public async Task RecoverAsync_LeaseStillValid_JobLeftLeased()
    {
        var take = await EnqueueAsync();
        var lease = await _queue.TryLeaseAsync("busy-worker", Settings.Lease, CancellationToken.None);
        _time.Advance(Settings.Lease - TimeSpan.FromSeconds(1));
        var runner = CreateRunner();

        await runner.RecoverAsync(CancellationToken.None);

        Assert.Empty(_queue.Pending);
        Assert.Equal(lease, _queue.LeaseOf(take.Id));
    }

    // ---- helpers ----

    private JobRunner CreateRunner() => CreateRunner(_queue);

    private JobRunner CreateRunner(IJobQueue queue)
    {
        var updater = new TakeUpdater(_store, _events, _time);
        var processor = new TakeProcessor(
            _store,
            _generator.Object,
            _ingest.Object,
            [_notifier.Object],
            updater,
            Options.Create(new DataOptions { Path = _dataPath }),
            _time,
            NullLogger<TakeProcessor>.Instance);
        return new JobRunner(queue, processor, _store, updater, Options.Create(Settings), _time, NullLogger<JobRunner>.Instance);
    }

    private async Task<Take> EnqueueAsync(TakeStatus status = TakeStatus.Queued)
    {
        var take = TestTakes.Create(status);
        _store.Seed(take);
        await _queue.EnqueueAsync(take.Id, CancellationToken.None);
        return take;
    }

    private async Task<JobLease> WaitForLeaseChangeAsync(TakeId id, JobLease? before)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (DateTime.UtcNow < deadline)
        {
            var current = _queue.LeaseOf(id);
            if (current is not null && current != before)
            {
                return current;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The lease was never renewed.");
    }

    private BlockedGeneration BlockGeneratorUntilCancelled()
    {
        var generation = new BlockedGeneration();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns(async (GenerationRequest _, IProgress<int> _, CancellationToken cancellationToken) =>
            {
                generation.Started.SetResult();
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    generation.Cancelled = true;
                    throw;
                }

                return Result<string>.Failure(Error.Invalid("unreachable"));
            });
        return generation;
    }

    private sealed class BlockedGeneration
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public volatile bool Cancelled;
    }
}
