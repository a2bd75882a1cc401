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

/// <summary>
/// The hosted loops, started and stopped as the host does. Every wait is on a signal from a fake, never on a
/// guessed delay; the recovery interval is long, so housekeeping runs exactly its first round.
/// </summary>
public sealed class TakeWorkerTests : IDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);
    private static readonly string ProcessId = $"{Environment.MachineName}:{Environment.ProcessId}";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "clipbot-core-tests-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(TestTakes.Start);
    private readonly RunningJobs _running = new();
    private readonly InMemoryJobCancellations _cancellations = new();
    private readonly Mock<IJobRunner> _runner = new();
    private readonly Mock<IJobQueue> _queue = new();
    private readonly Mock<ILeaderLock> _leaderLock = new();
    private readonly WorkerOptions _options = new()
    {
        Concurrency = 1,
        RecoveryIntervalSeconds = 600,
        IdlePollSeconds = 7,
        ShutdownGraceSeconds = 0,
    };

    public TakeWorkerTests()
    {
        _runner.Setup(r => r.RunOnceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        _queue.Setup(q => q.WaitForWorkAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns((TimeSpan _, CancellationToken cancellationToken) => Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken));
        _queue.Setup(q => q.ReportWorkerAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    // ---- on and off ----

    [Fact]
    public async Task ExecuteAsync_Disabled_ReturnsAtOnceAndNeverLeases()
    {
        _options.Enabled = false;
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(WaitLimit);

        Assert.True(worker.ExecuteTask.IsCompletedSuccessfully);
        Assert.False(_cancellations.Listening.IsCompleted, "A disabled worker listens for cancellations.");
        _runner.VerifyNoOtherCalls();
        _queue.VerifyNoOtherCalls();
        _leaderLock.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ExecuteAsync_Disabled_JobStaysInTheQueue()
    {
        _options.Enabled = false;
        var queue = new InMemoryJobQueue(_time);
        var take = TestTakes.Create();
        await queue.EnqueueAsync(take.Id, take.Author.Id);
        using var worker = CreateWorker(CreateRealRunner(queue, new InMemoryTakeStore(), new Mock<IVideoGenerator>()), queue);

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(WaitLimit);

        Assert.Empty(queue.LeaseRequests);
        Assert.Equal([take.Id], queue.Waiting);
    }

    // ---- consumers ----

    [Fact]
    public async Task ExecuteAsync_Concurrency_OneConsumerPerSlotEachWithItsOwnWorkerId()
    {
        _options.Concurrency = 3;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _runner.Setup(r => r.RunOnceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>(), It.IsAny<CancellationToken>()))
            .Callback((string workerId, CancellationToken _, CancellationToken _) =>
            {
                lock (seen)
                {
                    if (seen.Add(workerId) && seen.Count == 3)
                    {
                        allStarted.SetResult();
                    }
                }
            })
            .ReturnsAsync(false);
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await allStarted.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.Equal([$"{ProcessId}:0", $"{ProcessId}:1", $"{ProcessId}:2"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ExecuteAsync_NothingToRun_WaitsForWorkUpToTheIdlePoll()
    {
        var waiting = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Setup(q => q.WaitForWorkAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns((TimeSpan maxWait, CancellationToken cancellationToken) =>
            {
                waiting.TrySetResult(maxWait);
                return Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            });
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        var maxWait = await waiting.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.Equal(TimeSpan.FromSeconds(7), maxWait);
        _runner.Verify(r => r.RunOnceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ExecuteAsync_RunnerRanAJob_LooksForTheNextWithoutWaiting()
    {
        var calls = 0;
        var third = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _runner.Setup(r => r.RunOnceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                if (Interlocked.Increment(ref calls) == 3)
                {
                    third.SetResult();
                }

                return calls < 3;
            });
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await third.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        _queue.Verify(q => q.WaitForWorkAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ExecuteAsync_RunnerThrows_ConsumerCarriesOn()
    {
        var calls = 0;
        var again = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _runner.Setup(r => r.RunOnceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>(), It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    throw new InvalidOperationException("The store is unreachable.");
                }

                again.TrySetResult();
                return Task.FromResult(false);
            });
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await again.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
    }

    // ---- housekeeping ----

    [Fact]
    public async Task ExecuteAsync_Started_ReportsThisProcessWithItsSlots()
    {
        _options.Concurrency = 4;
        var reported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Setup(q => q.ReportWorkerAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback(() => reported.TrySetResult())
            .Returns(Task.CompletedTask);
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await reported.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        _queue.Verify(q => q.ReportWorkerAsync(ProcessId, 4, TimeSpan.FromSeconds(1800), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ExecuteAsync_LeaderLockGranted_RecoversExpiredLeases()
    {
        _leaderLock.Setup(l => l.TryAcquireAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
        var recovered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _runner.Setup(r => r.RecoverAsync(It.IsAny<CancellationToken>())).Callback(() => recovered.TrySetResult()).Returns(Task.CompletedTask);
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await recovered.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        _leaderLock.Verify(l => l.TryAcquireAsync("recovery", ProcessId, TimeSpan.FromSeconds(1800), It.IsAny<CancellationToken>()), Times.Once);
        _runner.Verify(r => r.RecoverAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ExecuteAsync_LeaderLockHeldByAnotherProcess_NeverRecovers()
    {
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _leaderLock.Setup(l => l.TryAcquireAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback(() => asked.TrySetResult())
            .ReturnsAsync(false);
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await asked.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        _runner.Verify(r => r.RecoverAsync(It.IsAny<CancellationToken>()), Times.Never);
        _queue.Verify(q => q.ReportWorkerAsync(ProcessId, 1, It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ExecuteAsync_ReportFails_WorkerKeepsRunning()
    {
        var reportFailed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Setup(q => q.ReportWorkerAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback(() => reportFailed.TrySetResult())
            .ThrowsAsync(new InvalidOperationException("The store is unreachable."));
        var consuming = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Setup(q => q.WaitForWorkAsync(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns((TimeSpan _, CancellationToken cancellationToken) =>
            {
                consuming.TrySetResult();
                return Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            });
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await reportFailed.Task.WaitAsync(WaitLimit);
        await consuming.Task.WaitAsync(WaitLimit);
        var runningBeforeStop = !worker.ExecuteTask!.IsCompleted;
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.True(runningBeforeStop);
        Assert.True(worker.ExecuteTask.IsCompletedSuccessfully);
    }

    // ---- cancellations ----

    [Fact]
    public async Task ExecuteAsync_CancellationHeard_CancelsTheMatchingRunningJobOnly()
    {
        using var cancelled = new CancellationTokenSource();
        using var other = new CancellationTokenSource();
        var cancelledId = TakeId.New();
        using var cancelledRegistration = _running.Register(cancelledId, cancelled);
        using var otherRegistration = _running.Register(TakeId.New(), other);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onCancel = cancelled.Token.Register(stopped.SetResult);
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await _cancellations.Listening.WaitAsync(WaitLimit);
        await _cancellations.SignalAsync(cancelledId, CancellationToken.None);
        await stopped.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.True(cancelled.IsCancellationRequested);
        Assert.False(other.IsCancellationRequested);
    }

    [Fact]
    public async Task ExecuteAsync_CancellationOfAJobNotRunningHere_IgnoredAndListeningGoesOn()
    {
        using var mine = new CancellationTokenSource();
        var mineId = TakeId.New();
        using var registration = _running.Register(mineId, mine);
        var elsewhere = TakeId.New();
        using var worker = CreateWorker();

        await worker.StartAsync(CancellationToken.None);
        await _cancellations.Listening.WaitAsync(WaitLimit);
        await _cancellations.SignalAsync(elsewhere, CancellationToken.None);
        await _cancellations.SignalAsync(mineId, CancellationToken.None);
        var heardMine = await WaitForCancellationAsync(mine.Token);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.True(heardMine, "The listener stopped after a signal for a job this process does not run.");
        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task ExecuteAsync_CancellationHeardMidGeneration_JobCompletedAndTakeStaysCancelled()
    {
        var queue = new InMemoryJobQueue(_time);
        var store = new InMemoryTakeStore();
        var generator = new Mock<IVideoGenerator>();
        var generation = BlockGenerator(generator);
        var take = await EnqueueAsync(queue, store);
        using var worker = CreateWorker(CreateRealRunner(queue, store, generator), queue);

        await worker.StartAsync(CancellationToken.None);
        await generation.Started.Task.WaitAsync(WaitLimit);
        await _cancellations.Listening.WaitAsync(WaitLimit);
        store.Seed(store.Get(take.Id) with { Status = TakeStatus.Cancelled });
        await _cancellations.SignalAsync(take.Id, CancellationToken.None);
        await generation.Cancelled.Task.WaitAsync(WaitLimit);
        await WaitUntilAsync(() => queue.Completed.Count == 1);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.Equal([take.Id], queue.Completed);
        Assert.Equal(TakeStatus.Cancelled, store.Get(take.Id).Status);
        Assert.Empty(queue.Released);
    }

    // ---- shutdown ----

    [Fact]
    public async Task StopAsync_NoGracePeriod_RunningJobReleasedAndTakeBackToQueued()
    {
        _options.ShutdownGraceSeconds = 0;
        var queue = new InMemoryJobQueue(_time);
        var store = new InMemoryTakeStore();
        var generator = new Mock<IVideoGenerator>();
        var generation = BlockGenerator(generator);
        var take = await EnqueueAsync(queue, store);
        using var worker = CreateWorker(CreateRealRunner(queue, store, generator), queue);

        await worker.StartAsync(CancellationToken.None);
        await generation.Started.Task.WaitAsync(WaitLimit);
        await worker.StopAsync(CancellationToken.None).WaitAsync(WaitLimit);

        Assert.True(generation.Cancelled.Task.IsCompleted, "The generation was not stopped.");
        Assert.Equal([take.Id], queue.Released);
        Assert.Equal([take.Id], queue.Waiting);
        Assert.Null(queue.LeaseOf(take.Id));
        Assert.Empty(queue.Completed);
        Assert.Equal(TakeStatus.Queued, store.Get(take.Id).Status);
    }

    [Fact]
    public async Task StopAsync_LongGracePeriod_RunningJobFinishesAndIsPosted()
    {
        _options.ShutdownGraceSeconds = 3600;
        var queue = new InMemoryJobQueue(_time);
        var store = new InMemoryTakeStore();
        var generator = new Mock<IVideoGenerator>();
        var generation = BlockGenerator(generator);
        var take = await EnqueueAsync(queue, store);
        using var worker = CreateWorker(CreateRealRunner(queue, store, generator), queue);

        await worker.StartAsync(CancellationToken.None);
        await generation.Started.Task.WaitAsync(WaitLimit);
        var stopping = worker.StopAsync(CancellationToken.None);
        var stoppedBeforeTheJobEnded = stopping.IsCompleted;
        generation.Finish.SetResult();
        await stopping.WaitAsync(WaitLimit);

        Assert.False(stoppedBeforeTheJobEnded);
        Assert.False(generation.Cancelled.Task.IsCompleted, "The generation was stopped within the grace period.");
        Assert.Equal([take.Id], queue.Completed);
        Assert.Empty(queue.Released);
        Assert.Equal(TakeStatus.Posted, store.Get(take.Id).Status);
    }

    [Fact]
    public async Task StopAsync_LongGracePeriod_NoNewJobLeased()
    {
        _options.ShutdownGraceSeconds = 3600;
        var queue = new InMemoryJobQueue(_time);
        var store = new InMemoryTakeStore();
        var generator = new Mock<IVideoGenerator>();
        var generation = BlockGenerator(generator);
        var first = await EnqueueAsync(queue, store);
        var second = await EnqueueAsync(queue, store);
        using var worker = CreateWorker(CreateRealRunner(queue, store, generator), queue);

        await worker.StartAsync(CancellationToken.None);
        await generation.Started.Task.WaitAsync(WaitLimit);
        var stopping = worker.StopAsync(CancellationToken.None);
        generation.Finish.SetResult();
        await stopping.WaitAsync(WaitLimit);

        Assert.Equal([first.Id], queue.Completed);
        Assert.Equal([second.Id], queue.Waiting);
        Assert.Single(queue.LeaseRequests);
        Assert.Equal(TakeStatus.Queued, store.Get(second.Id).Status);
    }

    // ---- helpers ----

    private TakeWorker CreateWorker() => CreateWorker(_runner.Object, _queue.Object);

    private TakeWorker CreateWorker(IJobRunner runner, IJobQueue queue) => new(
        runner,
        queue,
        _leaderLock.Object,
        _cancellations,
        _running,
        Options.Create(_options),
        NullLogger<TakeWorker>.Instance);

    private JobRunner CreateRealRunner(IJobQueue queue, InMemoryTakeStore store, Mock<IVideoGenerator> generator)
    {
        var events = new RecordingTakeEvents();
        var updater = new TakeUpdater(store, events, _time);
        var ingest = new Mock<IMediaIngest>();
        ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<TakeArtifacts>.Success(TestTakes.Artifacts));
        var notifier = new Mock<ITakeNotifier>();
        notifier.SetupGet(n => n.Platform).Returns("discord");
        notifier.Setup(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>())).ReturnsAsync(Result<bool>.Success(true));
        var processor = new TakeProcessor(
            store,
            generator.Object,
            ingest.Object,
            [notifier.Object],
            updater,
            Options.Create(new DataOptions { Path = _dataPath }),
            _time,
            NullLogger<TakeProcessor>.Instance);
        return new JobRunner(
            queue,
            processor,
            store,
            updater,
            _running,
            Options.Create(new WorkerOptions { LeaseSeconds = 60 }),
            Options.Create(new QueueOptions()),
            _time,
            NullLogger<JobRunner>.Instance);
    }

    private static async Task<Take> EnqueueAsync(InMemoryJobQueue queue, InMemoryTakeStore store)
    {
        var take = TestTakes.Create();
        store.Seed(take);
        await queue.EnqueueAsync(take.Id, take.Author.Id);
        return take;
    }

    /// <summary>The first generation blocks until the test finishes it or the worker cancels it; later ones succeed at once.</summary>
    private static BlockedGeneration BlockGenerator(Mock<IVideoGenerator> generator)
    {
        var generation = new BlockedGeneration();
        generator.SetupGet(g => g.Name).Returns("local");
        generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns(async (GenerationRequest request, IProgress<int> _, CancellationToken cancellationToken) =>
            {
                generation.Started.TrySetResult();
                try
                {
                    await generation.Finish.Task.WaitAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    generation.Cancelled.TrySetResult();
                    throw;
                }

                return Result<string>.Success(Path.Combine(request.WorkDirectory, "clip.mp4"));
            });
        return generation;
    }

    private static async Task<bool> WaitForCancellationAsync(CancellationToken token)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = token.Register(cancelled.SetResult);
        var first = await Task.WhenAny(cancelled.Task, Task.Delay(WaitLimit, CancellationToken.None));
        return first == cancelled.Task;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition never held.");
            }

            await Task.Delay(5);
        }
    }

    private sealed class BlockedGeneration
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
