using ClipBot.Core.Chat;
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

public sealed partial class JobRunnerTests : IDisposable
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
        _ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<IngestProfile>(), It.IsAny<CancellationToken>()))
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
            new Mock<IReelStore>().Object,
            Options.Create(new ReelOptions()),
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
