using System.Globalization;
using ClipBot.Core.Generation;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Queue;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class JobRunnerTests
{
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
}
