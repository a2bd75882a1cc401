using System.Globalization;
using ClipBot.Core.Chat;
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
    private const string Busy = "The provider is busy.";
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);
    private static readonly WorkerOptions Settings = new() { LeaseSeconds = 60 };

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "clipbot-core-tests-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(TestTakes.Start);
    private readonly InMemoryTakeStore _store = new();
    private readonly RecordingTakeEvents _events = new();
    private readonly RunningJobs _running = new();
    private readonly InMemoryJobQueue _queue;
    private readonly Mock<IVideoGenerator> _generator = new();
    private readonly Mock<IMediaIngest> _ingest = new();
    private readonly Mock<ITakeNotifier> _notifier = new();
    private QueueOptions _queueOptions = new() { MaxAttempts = 3, RetryBaseSeconds = 2, RetryMaxSeconds = 300, PerUserConcurrency = 2 };

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

    // ---- leasing and completing ----

    [Fact]
    public async Task RunOnceAsync_EmptyQueue_ReturnsFalse()
    {
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);

        Assert.False(ran);
        Assert.Empty(_events.Published);
    }

    [Fact]
    public async Task RunOnceAsync_QueuedJob_ProcessedAndCompleted()
    {
        var take = await EnqueueAsync();
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        Assert.Equal(TakeStatus.Posted, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Completed);
        Assert.Null(_queue.LeaseOf(take.Id));
        Assert.Empty(_queue.Waiting);
    }

    [Fact]
    public async Task RunOnceAsync_JobDoneAndAnotherWaiting_LeasesTheNextInTheSameStep()
    {
        var first = await EnqueueAsync();
        var second = await EnqueueAsync();
        var runner = CreateRunner();

        await RunOnceAsync(runner);

        Assert.Single(_queue.LeaseRequests);
        Assert.Single(_queue.LeaseNextRequests);
        Assert.Equal([first.Id], _queue.Completed);
        Assert.NotNull(_queue.LeaseOf(second.Id));
    }

    [Fact]
    public async Task RunOnceAsync_NextJobHeld_RunsItWithoutAskingTheQueue()
    {
        await EnqueueAsync();
        var second = await EnqueueAsync();
        var runner = CreateRunner();
        await RunOnceAsync(runner);

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        Assert.Single(_queue.LeaseRequests);
        Assert.Equal(TakeStatus.Posted, _store.Get(second.Id).Status);
    }

    [Fact]
    public async Task RunOnceAsync_ShutdownBegunWhileRunning_CompletesWithoutLeasingNext()
    {
        var first = await EnqueueAsync();
        var second = await EnqueueAsync();
        using var stopLeasing = new CancellationTokenSource();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await stopLeasing.CancelAsync();
                return Result<string>.Success("/tmp/clip.mp4");
            });
        var runner = CreateRunner();

        await runner.RunOnceAsync(Worker, stopLeasing.Token, CancellationToken.None);

        Assert.Equal([first.Id], _queue.Completed);
        Assert.Empty(_queue.LeaseNextRequests);
        Assert.Equal([second.Id], _queue.Waiting);
    }

    [Fact]
    public async Task ReleaseHeldAsync_NextJobHeld_GoesBackToTheHeadOfTheLine()
    {
        await EnqueueAsync();
        var second = await EnqueueAsync();
        var runner = CreateRunner();
        await RunOnceAsync(runner);

        await runner.ReleaseHeldAsync(Worker);

        Assert.Null(_queue.LeaseOf(second.Id));
        Assert.Equal([second.Id], _queue.Waiting);
        Assert.Equal(TakeStatus.Queued, _store.Get(second.Id).Status);
    }

    [Fact]
    public async Task RunOnceAsync_TwoJobs_TakesThemInOrderOnePerCall()
    {
        var first = await EnqueueAsync();
        var second = await EnqueueAsync();
        var runner = CreateRunner();

        var ranFirst = await RunOnceAsync(runner);
        var completedAfterFirst = _queue.Completed;
        var ranSecond = await RunOnceAsync(runner);
        var ranThird = await RunOnceAsync(runner);

        Assert.True(ranFirst);
        Assert.Equal([first.Id], completedAfterFirst);
        Assert.True(ranSecond);
        Assert.Equal([first.Id, second.Id], _queue.Completed);
        Assert.False(ranThird);
    }

    [Fact]
    public async Task RunOnceAsync_Always_LeasesWithWorkerIdLeaseLengthAndPerUserConcurrency()
    {
        _queueOptions = new QueueOptions { PerUserConcurrency = 5 };
        await EnqueueAsync();
        var runner = CreateRunner();

        await RunOnceAsync(runner);

        var request = Assert.Single(_queue.LeaseRequests);
        Assert.Equal(new InMemoryJobQueue.LeaseRequest(Worker, Settings.Lease, 5), request);
    }

    [Fact]
    public async Task RunOnceAsync_OwnerAtPerUserCap_RunsAnotherOwnersJobInstead()
    {
        _queueOptions = new QueueOptions { PerUserConcurrency = 1 };
        var busy = await EnqueueAsync(owner: "u-busy");
        var waiting = await EnqueueAsync(owner: "u-busy");
        var other = await EnqueueAsync(owner: "u-other");
        await _queue.TryLeaseAsync("worker-b", Settings.Lease, 1, CancellationToken.None);
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);
        var ranAgain = await RunOnceAsync(runner);

        Assert.True(ran);
        Assert.Equal([other.Id], _queue.Completed);
        Assert.False(ranAgain);
        Assert.Equal([waiting.Id], _queue.Waiting);
        Assert.NotNull(_queue.LeaseOf(busy.Id));
    }

    [Fact]
    public async Task RunOnceAsync_Completed_PassesTheDurationMeasuredOnTheClock()
    {
        var take = await EnqueueAsync();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GenerationRequest request, IProgress<int> _, CancellationToken _) =>
            {
                _time.Advance(TimeSpan.FromSeconds(15));
                return Result<string>.Success(Path.Combine(request.WorkDirectory, "clip.mp4"));
            });
        var runner = CreateRunner();

        await RunOnceAsync(runner);

        Assert.Equal([new InMemoryJobQueue.CompletedJob(take.Id, TimeSpan.FromSeconds(15))], _queue.Completions);
    }

    [Fact]
    public async Task RunOnceAsync_StopLeasingAlreadyCancelled_ReturnsFalseWithoutLeasing()
    {
        var take = await EnqueueAsync();
        using var stopLeasing = new CancellationTokenSource();
        await stopLeasing.CancelAsync();
        var runner = CreateRunner();

        var ran = await runner.RunOnceAsync(Worker, stopLeasing.Token, CancellationToken.None);

        Assert.False(ran);
        Assert.Empty(_queue.LeaseRequests);
        Assert.Equal([take.Id], _queue.Waiting);
        Assert.Equal(TakeStatus.Queued, _store.Get(take.Id).Status);
    }

    [Fact]
    public async Task RunOnceAsync_TakeMissingFromStore_JobCompletedAndDropped()
    {
        var id = TakeId.New();
        await _queue.EnqueueAsync(id, TestTakes.Author.Id);
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        Assert.Equal([id], _queue.Completed);
        Assert.Empty(_queue.Waiting);
    }

    // ---- failures: retry, dead letter, or fail at once ----

    [Fact]
    public async Task RunOnceAsync_TransientFailureWithAttemptsLeft_RetriedLaterWithinTheBackoffBounds()
    {
        var take = await EnqueueAsync();
        FailGeneration(ErrorKind.Transient, Busy);
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        var retry = Assert.Single(_queue.Retrying);
        Assert.Equal(take.Id, retry.TakeId);
        Assert.Equal(Busy, retry.Reason);
        Assert.InRange(retry.Due, TestTakes.Start.AddSeconds(1), TestTakes.Start.AddSeconds(2));
        Assert.Empty(_queue.Completed);
        Assert.Empty(_queue.DeadLetters);
        Assert.Null(_queue.LeaseOf(take.Id));
    }

    [Fact]
    public async Task RunOnceAsync_TransientFailureWithAttemptsLeft_TakeBackToQueuedWithARetryNote()
    {
        var take = await EnqueueAsync();
        FailGeneration(ErrorKind.Transient, Busy);
        var runner = CreateRunner();

        await RunOnceAsync(runner);

        var due = Assert.Single(_queue.Retrying).Due;
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Queued, stored.Status);
        Assert.Equal(0, stored.Progress);
        var at = due.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.Equal($"{Busy} Retrying (attempt 2 of 3) at {at} UTC.", stored.FailureReason);
        Assert.Equal(TakeStatus.Queued, _events.Published[^1].Status);
    }

    [Fact]
    public async Task RunOnceAsync_RetryNotDueYet_NotLeasedAgain()
    {
        await EnqueueAsync();
        FailGeneration(ErrorKind.Transient, Busy);
        var runner = CreateRunner();
        await RunOnceAsync(runner);
        _time.Advance(TimeSpan.FromSeconds(0.9));

        var ranAgain = await RunOnceAsync(runner);

        Assert.False(ranAgain);
        Assert.Single(_queue.Retrying);
    }

    [Fact]
    public async Task RunOnceAsync_RetryDue_LeasedAgainAsTheNextAttemptAndPosted()
    {
        var take = await EnqueueAsync();
        FailGeneration(ErrorKind.Transient, Busy);
        var runner = CreateRunner();
        await RunOnceAsync(runner);
        SucceedGeneration();
        _time.Advance(TimeSpan.FromSeconds(2));

        var ranAgain = await RunOnceAsync(runner);

        Assert.True(ranAgain);
        Assert.Equal(2, _queue.LeaseRequests.Count);
        Assert.Equal([take.Id], _queue.Completed);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Posted, stored.Status);
        Assert.Null(stored.FailureReason);
    }

    [Fact]
    public async Task RunOnceAsync_SecondAttemptFailsAgain_BackoffDoubles()
    {
        await EnqueueAsync();
        FailGeneration(ErrorKind.Transient, Busy);
        var runner = CreateRunner();
        await RunOnceAsync(runner);
        _time.Advance(TimeSpan.FromSeconds(2));
        var secondStart = _time.GetUtcNow();

        await RunOnceAsync(runner);

        var retry = Assert.Single(_queue.Retrying);
        Assert.InRange(retry.Due, secondStart.AddSeconds(2), secondStart.AddSeconds(4));
    }

    [Fact]
    public async Task RunOnceAsync_TransientFailureOnTheLastAttempt_DeadLetteredAndTakeFailedSayingItGaveUp()
    {
        _queueOptions = new QueueOptions { MaxAttempts = 2, RetryBaseSeconds = 2 };
        var take = await EnqueueAsync();
        FailGeneration(ErrorKind.Transient, Busy);
        var runner = CreateRunner();
        await RunOnceAsync(runner);
        _time.Advance(TimeSpan.FromSeconds(2));

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        var dead = Assert.Single(_queue.DeadLetters);
        Assert.Equal(take.Id, dead.TakeId);
        Assert.Equal(TestTakes.Author.Id, dead.OwnerId);
        Assert.Equal(Busy, dead.Reason);
        Assert.Equal(2, dead.Attempts);
        Assert.Empty(_queue.Retrying);
        Assert.Empty(_queue.Completed);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Failed, stored.Status);
        Assert.Equal($"{Busy} Gave up after 2 attempts.", stored.FailureReason);
    }

    [Fact]
    public async Task RunOnceAsync_UnexpectedExceptionOnEveryAttempt_EndsDeadLetteredNotStuck()
    {
        var take = await EnqueueAsync();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));
        var runner = CreateRunner();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await RunOnceAsync(runner);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var ranAfterwards = await RunOnceAsync(runner);

        Assert.False(ranAfterwards);
        Assert.Equal(take.Id, Assert.Single(_queue.DeadLetters).TakeId);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Failed, stored.Status);
        Assert.Equal($"{TakeProcessor.UnexpectedFailure} Gave up after 3 attempts.", stored.FailureReason);
    }

    [Theory]
    [InlineData(ErrorKind.Refused, "The provider's content policy refused this prompt.")]
    [InlineData(ErrorKind.Invalid, "The generated file is not a video.")]
    [InlineData(ErrorKind.Forbidden, "The bot may not post in this channel.")]
    public async Task RunOnceAsync_FailureNotTransient_CompletedAndTakeFailedWithTheMessageNeverRetried(ErrorKind kind, string message)
    {
        var take = await EnqueueAsync();
        FailGeneration(kind, message);
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);
        _time.Advance(TimeSpan.FromHours(1));
        var ranAgain = await RunOnceAsync(runner);

        Assert.True(ran);
        Assert.False(ranAgain);
        Assert.Equal([take.Id], _queue.Completed);
        Assert.Empty(_queue.Retrying);
        Assert.Empty(_queue.DeadLetters);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Failed, stored.Status);
        Assert.Equal(message, stored.FailureReason);
    }

    [Fact]
    public async Task RunOnceAsync_FailureNotTransient_CompletedWithTheDurationMeasuredOnTheClock()
    {
        // The queue folds every completion's duration into the ETA's moving average; a job that held a worker
        // for 40 s before the provider refused it took 40 s, not zero.
        var take = await EnqueueAsync();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                _time.Advance(TimeSpan.FromSeconds(15));
                return Result<string>.Failure(new Error(ErrorKind.Refused, "refused"));
            });
        var runner = CreateRunner();

        await RunOnceAsync(runner);

        Assert.Equal([new InMemoryJobQueue.CompletedJob(take.Id, TimeSpan.FromSeconds(15))], _queue.Completions);
    }

    [Fact]
    public async Task RunOnceAsync_GeneratorTimesOutWithItsOwnCancellation_RetriedLaterNotThrown()
    {
        // An HTTP client timeout is a TaskCanceledException although nobody stopped the worker.
        var take = await EnqueueAsync();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing."));
        var runner = CreateRunner();

        var exception = await Record.ExceptionAsync(() => RunOnceAsync(runner));

        Assert.Null(exception);
        Assert.Equal(take.Id, Assert.Single(_queue.Retrying).TakeId);
        Assert.Equal(TakeStatus.Queued, _store.Get(take.Id).Status);
        Assert.StartsWith(TakeProcessor.UnexpectedFailure, _store.Get(take.Id).FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_TakeCancelledWhileTheFailureWasDecided_StaysCancelled()
    {
        var take = await EnqueueAsync();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                _store.Seed(_store.Get(take.Id) with { Status = TakeStatus.Cancelled });
                return Result<string>.Failure(new Error(ErrorKind.Refused, "refused"));
            });
        var runner = CreateRunner();

        var exception = await Record.ExceptionAsync(() => RunOnceAsync(runner));

        Assert.Null(exception);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Completed);
    }

    // ---- cancelled by the author ----

    [Fact]
    public async Task RunOnceAsync_CancelledThroughRunningJobsMidGeneration_LeaseCompletedAndTakeStaysCancelled()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        var runner = CreateRunner();

        var running = RunOnceAsync(runner);
        await generation.Started.Task.WaitAsync(WaitLimit);
        _time.Advance(TimeSpan.FromSeconds(7));
        _store.Seed(_store.Get(take.Id) with { Status = TakeStatus.Cancelled });
        var signalled = _running.Cancel(take.Id);
        var ran = await running.WaitAsync(WaitLimit);

        Assert.True(signalled);
        Assert.True(ran);
        Assert.True(generation.Cancelled, "Generation did not see the cancellation.");
        Assert.Equal([new InMemoryJobQueue.CompletedJob(take.Id, TimeSpan.FromSeconds(7))], _queue.Completions);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Empty(_queue.Retrying);
        Assert.Empty(_queue.Released);
        Assert.Empty(_queue.Waiting);
        _ingest.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunOnceAsync_JobEnded_NoLongerCancellableThroughRunningJobs()
    {
        var take = await EnqueueAsync();
        var runner = CreateRunner();

        await RunOnceAsync(runner);

        Assert.False(_running.Cancel(take.Id));
    }

    [Fact]
    public async Task RunOnceAsync_UpdaterFindsTheTakeCancelled_LeaseCompletedAndTakeStaysCancelled()
    {
        // /cancel saved the status, but its signal never reached this worker: the next save stops the job.
        var take = await EnqueueAsync();
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GenerationRequest request, IProgress<int> _, CancellationToken _) =>
            {
                _store.Seed(_store.Get(take.Id) with { Status = TakeStatus.Cancelled });
                return Result<string>.Success(Path.Combine(request.WorkDirectory, "clip.mp4"));
            });
        var runner = CreateRunner();

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        Assert.Equal([take.Id], _queue.Completed);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Empty(_queue.Retrying);
        Assert.Empty(_queue.DeadLetters);
        _ingest.VerifyNoOtherCalls();
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    // ---- shutdown ----

    [Fact]
    public async Task RunOnceAsync_AbortWorkMidGeneration_TakeBackToQueuedAndJobReleased()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        using var abortWork = new CancellationTokenSource();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, CancellationToken.None, abortWork.Token);
        await generation.Started.Task.WaitAsync(WaitLimit);
        await abortWork.CancelAsync();
        var ran = await running.WaitAsync(WaitLimit);

        Assert.True(ran);
        Assert.True(generation.Cancelled, "Generation did not see the cancellation.");
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Queued, stored.Status);
        Assert.Equal(0, stored.Progress);
        Assert.Equal(TakeStatus.Queued, _events.Published[^1].Status);
        Assert.Equal([take.Id], _queue.Released);
        Assert.Equal([take.Id], _queue.Waiting);
        Assert.Null(_queue.LeaseOf(take.Id));
        Assert.Empty(_queue.Completed);
        Assert.Empty(_queue.Retrying);
        _ingest.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunOnceAsync_AbortWorkMidGeneration_AttemptNotConsumed()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        using var abortWork = new CancellationTokenSource();
        var runner = CreateRunner();
        var running = runner.RunOnceAsync(Worker, CancellationToken.None, abortWork.Token);
        await generation.Started.Task.WaitAsync(WaitLimit);
        await abortWork.CancelAsync();
        await running.WaitAsync(WaitLimit);

        var next = await _queue.TryLeaseAsync("worker-b", Settings.Lease, 2, CancellationToken.None);

        Assert.NotNull(next);
        Assert.Equal(take.Id, next.TakeId);
        Assert.Equal(1, next.Attempt);
    }

    [Fact]
    public async Task RunOnceAsync_StopLeasingMidGeneration_JobFinishes()
    {
        var take = await EnqueueAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns(async (GenerationRequest request, IProgress<int> _, CancellationToken cancellationToken) =>
            {
                started.SetResult();
                await release.Task.WaitAsync(cancellationToken);
                return Result<string>.Success(Path.Combine(request.WorkDirectory, "clip.mp4"));
            });
        using var stopLeasing = new CancellationTokenSource();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, stopLeasing.Token, CancellationToken.None);
        await started.Task.WaitAsync(WaitLimit);
        await stopLeasing.CancelAsync();
        release.SetResult();
        var ran = await running.WaitAsync(WaitLimit);

        Assert.True(ran);
        Assert.Equal(TakeStatus.Posted, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Completed);
        Assert.Empty(_queue.Released);
    }

    [Fact]
    public async Task RunOnceAsync_AbortWorkWhileReadyTakeIsPosted_TakeStaysReadyAndJobReleased()
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
        using var abortWork = new CancellationTokenSource();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, CancellationToken.None, abortWork.Token);
        await posting.Task.WaitAsync(WaitLimit);
        await abortWork.CancelAsync();
        await running.WaitAsync(WaitLimit);

        Assert.Equal(TakeStatus.Ready, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Waiting);
        Assert.Equal([take.Id], _queue.Released);
        Assert.Empty(_queue.Completed);
    }

    // ---- the lease ----

    [Fact]
    public async Task RunOnceAsync_RenewalFindsLeaseLost_ProcessingCancelledAndJobNotCompleted()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        var runner = CreateRunner();

        var running = RunOnceAsync(runner);
        await generation.Started.Task.WaitAsync(WaitLimit);
        var successor = _queue.TakeOver(take.Id, Settings.Lease);
        _time.Advance(Settings.Lease / 3);
        var ran = await running.WaitAsync(WaitLimit);

        Assert.True(ran);
        Assert.True(generation.Cancelled, "Generation went on after the lease was lost.");
        Assert.Empty(_queue.Completed);
        Assert.Empty(_queue.Released);
        Assert.Empty(_queue.Retrying);
        Assert.Equal(successor, _queue.LeaseOf(take.Id));
        Assert.Empty(_queue.Waiting);
        Assert.Equal(TakeStatus.Generating, _store.Get(take.Id).Status);
        _ingest.VerifyNoOtherCalls();
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RunOnceAsync_RenewalSucceeds_LeaseExtendedAndGenerationGoesOn()
    {
        var take = await EnqueueAsync();
        var generation = BlockGeneratorUntilCancelled();
        using var abortWork = new CancellationTokenSource();
        var runner = CreateRunner();

        var running = runner.RunOnceAsync(Worker, CancellationToken.None, abortWork.Token);
        await generation.Started.Task.WaitAsync(WaitLimit);
        var before = _queue.LeaseOf(take.Id);
        _time.Advance(Settings.Lease / 3);
        var after = await WaitForLeaseChangeAsync(take.Id, before);
        var cancelledBeforeStop = generation.Cancelled;
        await abortWork.CancelAsync();
        await running.WaitAsync(WaitLimit);

        Assert.NotNull(before);
        Assert.Equal(before.Token, after.Token);
        Assert.Equal(TestTakes.Start + Settings.Lease / 3 + Settings.Lease, after.ExpiresAt);
        Assert.False(cancelledBeforeStop, "A successful renewal cancelled the generation.");
    }

    [Fact]
    public async Task RunOnceAsync_LeaseLostBeforePosting_NotPostedNotCompletedNotRetried()
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

        var ran = await RunOnceAsync(runner);

        Assert.True(ran);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Ready, stored.Status);
        Assert.Null(stored.FailureReason);
        Assert.Empty(_queue.Completed);
        Assert.Empty(_queue.Retrying);
        Assert.Empty(_queue.DeadLetters);
        Assert.NotNull(successor);
        Assert.Equal(successor, _queue.LeaseOf(take.Id));
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    // ---- recovery ----

    [Fact]
    public async Task RecoverAsync_Always_CallsRequeueExpiredWithMaxAttempts()
    {
        using var cancellation = new CancellationTokenSource();
        var queue = new Mock<IJobQueue>();
        queue.Setup(q => q.RequeueExpiredAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(new RecoveryResult(2, []));
        var runner = CreateRunner(queue.Object);

        await runner.RecoverAsync(cancellation.Token);

        queue.Verify(q => q.RequeueExpiredAsync(new QueueOptions().MaxAttempts, cancellation.Token), Times.Once);
        queue.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RecoverAsync_WorkerDiedOnEveryAttempt_TakeFailedAndDeadLettered()
    {
        var take = await EnqueueAsync();
        var maxAttempts = new QueueOptions().MaxAttempts;
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            await _queue.TryLeaseAsync("dying-worker", Settings.Lease, 2, CancellationToken.None);
            _time.Advance(Settings.Lease + TimeSpan.FromSeconds(1));
            if (attempt < maxAttempts - 1)
            {
                await _queue.RequeueExpiredAsync(maxAttempts, CancellationToken.None);
            }
        }

        var runner = CreateRunner();

        await runner.RecoverAsync(CancellationToken.None);

        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Failed, stored.Status);
        Assert.Contains($"Gave up after {maxAttempts} attempts", stored.FailureReason, StringComparison.Ordinal);
        Assert.Contains(_queue.DeadLetters, d => d.TakeId == take.Id);
        Assert.Null(await _queue.TryLeaseAsync("w", Settings.Lease, 2, CancellationToken.None));
    }

    [Fact]
    public async Task RecoverAsync_LeaseExpired_JobBackInQueue()
    {
        var take = await EnqueueAsync();
        await _queue.TryLeaseAsync("dead-worker", Settings.Lease, 2, CancellationToken.None);
        _time.Advance(Settings.Lease + TimeSpan.FromSeconds(1));
        var runner = CreateRunner();

        await runner.RecoverAsync(CancellationToken.None);

        Assert.Equal([take.Id], _queue.Waiting);
        Assert.Null(_queue.LeaseOf(take.Id));
        Assert.Equal(0, _queue.RunningOf(TestTakes.Author.Id));
    }

    [Fact]
    public async Task RecoverAsync_LeaseStillValid_JobLeftLeased()
    {
        var take = await EnqueueAsync();
        var lease = await _queue.TryLeaseAsync("busy-worker", Settings.Lease, 2, CancellationToken.None);
        _time.Advance(Settings.Lease - TimeSpan.FromSeconds(1));
        var runner = CreateRunner();

        await runner.RecoverAsync(CancellationToken.None);

        Assert.Empty(_queue.Waiting);
        Assert.Equal(lease, _queue.LeaseOf(take.Id));
    }

    // ---- helpers ----

    private static Task<bool> RunOnceAsync(JobRunner runner) => runner.RunOnceAsync(Worker, CancellationToken.None, CancellationToken.None);

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
        return new JobRunner(
            queue,
            processor,
            _store,
            updater,
            _running,
            Options.Create(Settings),
            Options.Create(_queueOptions),
            _time,
            NullLogger<JobRunner>.Instance);
    }

    private async Task<Take> EnqueueAsync(TakeStatus status = TakeStatus.Queued, string? owner = null)
    {
        var take = TestTakes.Create(status, author: owner is null ? null : new ChatUser(owner, owner));
        _store.Seed(take);
        await _queue.EnqueueAsync(take.Id, take.Author.Id);
        return take;
    }

    private void FailGeneration(ErrorKind kind, string message) =>
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<string>.Failure(new Error(kind, message)));

    private void SucceedGeneration() =>
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((GenerationRequest request, IProgress<int> _, CancellationToken _) => Result<string>.Success(Path.Combine(request.WorkDirectory, "clip.mp4")));

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
