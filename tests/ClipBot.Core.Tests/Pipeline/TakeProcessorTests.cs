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

public sealed class TakeProcessorTests : IDisposable
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
    private readonly List<string> _workDirectories = [];

    public TakeProcessorTests()
    {
        _generator.SetupGet(g => g.Name).Returns("local");
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns((GenerationRequest request, IProgress<int> _, CancellationToken _) => Task.FromResult(WriteClip(request)));
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

    // ---- the happy path ----

    [Fact]
    public async Task ProcessAsync_QueuedTake_GoesGeneratingProcessingReadyPosted()
    {
        var take = Seed(TakeStatus.Queued);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal([TakeStatus.Generating, TakeStatus.Processing, TakeStatus.Ready, TakeStatus.Posted], _events.StatusSequence());
        Assert.Equal(_events.Published, _store.Saves);
    }

    [Fact]
    public async Task ProcessAsync_QueuedTake_EndsPostedWithArtifactsSavedAndReturnsNoFailure()
    {
        var take = Seed(TakeStatus.Queued);
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Null(outcome.Failure);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Posted, stored.Status);
        Assert.Equal(TestTakes.Artifacts, stored.Artifacts);
        Assert.Equal(100, stored.Progress);
        Assert.Null(stored.FailureReason);
        Assert.Equal(take.Parameters, stored.Parameters);
    }

    [Fact]
    public async Task ProcessAsync_QueuedTake_GeneratesIngestsThenPostsTheReadyTake()
    {
        var take = Seed(TakeStatus.Queued);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        var workDirectory = Path.Combine(_dataPath, "work", take.Id.Value);
        _generator.Verify(g => g.GenerateAsync(
            It.Is<GenerationRequest>(r => r.TakeId == take.Id && r.Parameters == take.Parameters && r.WorkDirectory == workDirectory),
            It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()), Times.Once);
        _ingest.Verify(i => i.IngestAsync(take.Id, Path.Combine(workDirectory, GeneratedFile), It.IsAny<CancellationToken>()), Times.Once);
        _notifier.Verify(n => n.PostAsync(
            It.Is<Take>(t => t.Id == take.Id && t.Status == TakeStatus.Ready && t.Artifacts == TestTakes.Artifacts),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ProcessAsync_RetryOfFailedAttempt_KeepsRetryNoteWhileGeneratingAndClearsItOnceReady()
    {
        var take = Seed(TakeStatus.Queued) with { FailureReason = "Busy. Retrying (attempt 2 of 3) at 12:00:02 UTC." };
        _store.Seed(take);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(take.FailureReason, _events.Published[0].FailureReason);
        Assert.Null(_events.Published.First(t => t.Status == TakeStatus.Ready).FailureReason);
        Assert.Null(_store.Get(take.Id).FailureReason);
        Assert.Equal(TakeStatus.Posted, _store.Get(take.Id).Status);
    }

    [Fact]
    public async Task ProcessAsync_AnyOutcome_StampsUpdatedAtFromClock()
    {
        var take = Seed(TakeStatus.Queued);
        _time.Advance(TimeSpan.FromSeconds(90));
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.All(_events.Published, t => Assert.Equal(TestTakes.Start.AddSeconds(90), t.UpdatedAt));
    }

    // ---- failures ----

    [Fact]
    public async Task ProcessAsync_GeneratorRefuses_ReturnsTheRefusalAndLeavesRecordingTheFailureToTheRunner()
    {
        var take = Seed(TakeStatus.Queued);
        var refusal = new Error(ErrorKind.Refused, "blocked by policy");
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<string>.Failure(refusal));
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(refusal, outcome.Failure);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Generating, stored.Status);
        Assert.Null(stored.FailureReason);
        Assert.Equal([TakeStatus.Generating], _events.StatusSequence());
        _ingest.VerifyNoOtherCalls();
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_IngestFails_ReturnsItsErrorAndNeverPosts()
    {
        var take = Seed(TakeStatus.Queued);
        var invalid = Error.Invalid("The generated file is not a video.");
        _ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<TakeArtifacts>.Failure(invalid));
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(invalid, outcome.Failure);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Processing, stored.Status);
        Assert.Null(stored.Artifacts);
        Assert.Equal([TakeStatus.Generating, TakeStatus.Processing], _events.StatusSequence());
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ProcessAsync_NotifierFails_ReturnsItsErrorAndTakeStaysReady()
    {
        var take = Seed(TakeStatus.Queued);
        var forbidden = new Error(ErrorKind.Forbidden, "The bot may not post in this channel.");
        _notifier.Setup(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Result<bool>.Failure(forbidden));
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(forbidden, outcome.Failure);
        var stored = _store.Get(take.Id);
        Assert.Equal(TakeStatus.Ready, stored.Status);
        Assert.Equal(TestTakes.Artifacts, stored.Artifacts);
    }

    [Theory]
    [InlineData("generator")]
    [InlineData("ingest")]
    [InlineData("notifier")]
    public async Task ProcessAsync_UnexpectedException_ReturnsTransientFailureWithGenericReasonNeverExceptionText(string thrower)
    {
        var take = Seed(TakeStatus.Queued);
        var secret = new InvalidOperationException("boom at /srv/clipbot/secrets token=abc123");
        switch (thrower)
        {
            case "generator":
                _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>())).ThrowsAsync(secret);
                break;
            case "ingest":
                _ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(secret);
                break;
            default:
                _notifier.Setup(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>())).ThrowsAsync(secret);
                break;
        }

        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(new Error(ErrorKind.Transient, TakeProcessor.UnexpectedFailure), outcome.Failure);
        Assert.NotEqual(TakeStatus.Failed, _store.Get(take.Id).Status);
        Assert.DoesNotContain(_events.Published, t => t.FailureReason?.Contains("boom", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ProcessAsync_GeneratorThrowsCancellationNobodyAskedFor_ReturnsTransientFailureWithGenericReason()
    {
        // An HTTP client timeout surfaces as TaskCanceledException although the worker's token is not cancelled.
        var take = Seed(TakeStatus.Queued);
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing."));
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.Equal(new Error(ErrorKind.Transient, TakeProcessor.UnexpectedFailure), outcome.Failure);
        Assert.Equal(TakeStatus.Generating, _store.Get(take.Id).Status);
    }

    // ---- cancellation ----

    [Fact]
    public async Task ProcessAsync_CancelledDuringGeneration_ThrowsAndLeavesTakeUnfailed()
    {
        var take = Seed(TakeStatus.Queued);
        using var cancellation = new CancellationTokenSource();
        var started = BlockGeneratorUntilCancelled();
        var processor = CreateProcessor();

        var processing = processor.ProcessAsync(Lease(take), Owned, cancellation.Token);
        await started.Task.WaitAsync(WaitLimit);
        await cancellation.CancelAsync();
        var exception = await Record.ExceptionAsync(() => processing.WaitAsync(WaitLimit));

        Assert.IsAssignableFrom<OperationCanceledException>(exception);
        Assert.Equal(TakeStatus.Generating, _store.Get(take.Id).Status);
        Assert.Null(_store.Get(take.Id).FailureReason);
        Assert.False(Directory.Exists(Path.Combine(_dataPath, "work", take.Id.Value)));
        _ingest.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessAsync_TakeCancelledByItsAuthorMidGeneration_ThrowsTakeCancelledAndKeepsItCancelled()
    {
        // /cancel saved the take as cancelled but its signal never arrived: the next save stops the worker.
        var take = Seed(TakeStatus.Queued);
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns((GenerationRequest request, IProgress<int> _, CancellationToken _) =>
            {
                _store.Seed(_store.Get(take.Id) with { Status = TakeStatus.Cancelled });
                return Task.FromResult(WriteClip(request));
            });
        var processor = CreateProcessor();

        var exception = await Record.ExceptionAsync(() => processor.ProcessAsync(Lease(take), Owned, CancellationToken.None));

        Assert.IsType<TakeCancelledException>(exception);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.DoesNotContain(_events.Published, t => t.Status == TakeStatus.Processing);
        Assert.False(Directory.Exists(Assert.Single(_workDirectories)), "The work directory outlived the job.");
        _ingest.VerifyNoOtherCalls();
        _notifier.Verify(n => n.PostAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    // ---- resuming and skipping ----

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

    // ---- the work directory ----

    [Fact]
    public async Task ProcessAsync_Posted_WorkDirectoryDeleted()
    {
        var take = Seed(TakeStatus.Queued);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        var workDirectory = Assert.Single(_workDirectories);
        Assert.Equal(Path.Combine(_dataPath, "work", take.Id.Value), workDirectory);
        Assert.False(Directory.Exists(workDirectory), "The work directory outlived the job.");
    }

    [Fact]
    public async Task ProcessAsync_Failed_WorkDirectoryDeleted()
    {
        var take = Seed(TakeStatus.Queued);
        _ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("disk full"));
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.NotNull(outcome.Failure);
        Assert.False(Directory.Exists(Assert.Single(_workDirectories)), "The work directory outlived the job.");
    }

    // ---- progress ----

    [Fact]
    public async Task ProcessAsync_GeneratorReportsProgress_ProgressSavedOnTheNextTick()
    {
        var take = Seed(TakeStatus.Queued);
        Take? savedDuringGeneration = null;
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns(async (GenerationRequest request, IProgress<int> progress, CancellationToken _) =>
            {
                progress.Report(40);
                _time.Advance(TimeSpan.FromMilliseconds(500));
                savedDuringGeneration = await _events.WaitForAsync(t => t.Progress == 40, WaitLimit);
                return WriteClip(request);
            });
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.NotNull(savedDuringGeneration);
        Assert.Equal(TakeStatus.Generating, savedDuringGeneration.Status);
        Assert.Contains(_store.Saves, t => t.Progress == 40 && t.Status == TakeStatus.Generating);
        Assert.Equal([TakeStatus.Generating, TakeStatus.Processing, TakeStatus.Ready, TakeStatus.Posted], _events.StatusSequence());
    }

    [Fact]
    public async Task ProcessAsync_ProgressBeforeFirstTick_NotSavedYet()
    {
        var take = Seed(TakeStatus.Queued);
        _generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<IProgress<int>>(), It.IsAny<CancellationToken>()))
            .Returns((GenerationRequest request, IProgress<int> progress, CancellationToken _) =>
            {
                progress.Report(40);
                _time.Advance(TimeSpan.FromMilliseconds(499));
                return Task.FromResult(WriteClip(request));
            });
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.DoesNotContain(_store.Saves, t => t.Progress == 40);
    }

    [Fact]
    public async Task ProcessAsync_ManyReportsWithinOneTick_OnlyLatestSaved()
    {
        var take = Seed(TakeStatus.Queued);
        ReportThenTick(Enumerable.Range(1, 50), t => t.Progress == 50);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        var generating = _store.Saves.Where(t => t.Status == TakeStatus.Generating).Select(t => t.Progress);
        Assert.Equal([0, 50], generating);
    }

    [Fact]
    public async Task ProcessAsync_ProgressOver100_SavedAs100()
    {
        var take = Seed(TakeStatus.Queued);
        ReportThenTick([30, 250], t => t.Status == TakeStatus.Generating && t.Progress == 100);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        var generating = _store.Saves.Where(t => t.Status == TakeStatus.Generating).Select(t => t.Progress);
        Assert.Equal([0, 100], generating);
    }

    // ---- helpers ----

    private TakeProcessor CreateProcessor() => CreateProcessor(_notifier.Object);

    private TakeProcessor CreateProcessor(params ITakeNotifier[] notifiers) => new(
        _store,
        _generator.Object,
        _ingest.Object,
        notifiers,
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
