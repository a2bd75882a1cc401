using ClipBot.Core.Generation;
using ClipBot.Core.Media;
using ClipBot.Core.Notifications;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Queue;
using ClipBot.Core.Reels;
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
public sealed partial class TakeWorkerTests : IDisposable
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
        ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<IngestProfile>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<TakeArtifacts>.Success(TestTakes.Artifacts));
        var notifier = new Mock<ITakeNotifier>();
        notifier.SetupGet(n => n.Platform).Returns("discord");
        notifier.Setup(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>())).ReturnsAsync(Result<bool>.Success(true));
        var processor = new TakeProcessor(
            store,
            generator.Object,
            ingest.Object,
            [notifier.Object],
            new Mock<IReelStore>().Object,
            Options.Create(new ReelOptions()),
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
