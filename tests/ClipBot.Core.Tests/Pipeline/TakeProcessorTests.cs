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

public sealed partial class TakeProcessorTests : IDisposable
{
    private const string GeneratedFile = "generated.mp4";
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);
    private static readonly Func<CancellationToken, Task<bool>> Owned = _ => Task.FromResult(true);
    private static readonly Func<CancellationToken, Task<bool>> NotOwned = _ => Task.FromResult(false);

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "clipbot-core-tests-" + Guid.NewGuid().ToString("N"));
    private readonly InMemoryTakeStore _store = new();
    private readonly RecordingTakeEvents _events = new();
    private readonly FakeTimeProvider _time = new(TestTakes.Start);
    private readonly Mock<IVideoGenerator> _generator = new();
    private readonly Mock<IMediaIngest> _ingest = new();
    private readonly Mock<ITakeNotifier> _notifier = new();
    private readonly Mock<IReelStore> _reels = new();
    private readonly ReelOptions _reelOptions = new();
    private readonly List<string> _workDirectories = [];

    public TakeProcessorTests()
    {
        _generator.SetupGet(g => g.Name).Returns("local");
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns((GenerationRequest request, IProgress<int> _, CancellationToken _) => Task.FromResult(WriteClip(request)));
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

    private TakeProcessor CreateProcessor() => CreateProcessor(_notifier.Object);

    private TakeProcessor CreateProcessor(params ITakeNotifier[] notifiers) => new(
        _store,
        _generator.Object,
        _ingest.Object,
        notifiers,
        _reels.Object,
        Options.Create(_reelOptions),
        new TakeUpdater(_store, _events, _time),
        Options.Create(new DataOptions { Path = _dataPath }),
        _time,
        NullLogger<TakeProcessor>.Instance);

    private Take Seed(TakeStatus status, string platform = "discord")
    {
        var take = TestTakes.Create(status, platform);
        _store.Seed(take);
        return take;
    }

    private static JobLease Lease(Take take) => new(take.Id, take.Author.Id, "token-1", TestTakes.Start.AddMinutes(1), 1);

    /// <summary>Writes a file where a generator would, so the test can see the folder exist and go.</summary>
    private Result<string> WriteClip(GenerationRequest request)
    {
        Assert.True(Directory.Exists(request.WorkDirectory), "The work directory was not created before generation.");
        _workDirectories.Add(request.WorkDirectory);
        var path = Path.Combine(request.WorkDirectory, GeneratedFile);
        File.WriteAllBytes(path, [0, 0, 0, 24]);
        return path;
    }

    /// <summary>
    /// The generator reports <paramref name="values"/>, then the clock moves one pump tick and the generator waits
    /// until the pump has saved what <paramref name="saved"/> expects. One tick only: the pump's first delay is
    /// registered when it is created, so the tick always lands.
    /// </summary>
    private void ReportThenTick(IEnumerable<int> values, Func<Take, bool> saved) =>
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns(async (GenerationRequest request, IProgress<int> progress, CancellationToken _) =>
            {
                foreach (var value in values)
                {
                    progress.Report(value);
                }

                _time.Advance(TimeSpan.FromMilliseconds(500));
                await _events.WaitForAsync(saved, WaitLimit);
                return WriteClip(request);
            });

    private TaskCompletionSource BlockGeneratorUntilCancelled()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns(async (GenerationRequest _, IProgress<int> _, CancellationToken cancellationToken) =>
            {
                started.SetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                return Result<string>.Failure(Error.Invalid("unreachable"));
            });
        return started;
    }
}
