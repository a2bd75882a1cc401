using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Generation;
using ClipBot.Core.Notifications;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed class ClipCommandHandlerTests
{
    private const uint SourceSeed = 987_654;

    private static readonly ChannelRef Channel = new("discord", "chan-42");

    private static readonly ChatUser Admin = new("u-admin", "Mod", IsAdmin: true);

    private readonly Mock<ITakeStore> _store = new();
    private readonly Mock<IJobQueue> _queue = new();
    private readonly Mock<IQuotaStore> _quota = new();
    private readonly QueueOptions _queueOptions = new() { QuotaPerWindow = 30, QuotaWindowMinutes = 60 };
    private readonly Mock<ITakeEvents> _events = new();
    private readonly Mock<IVideoGenerator> _generator = new();
    private readonly Mock<ISeedSource> _seeds = new();
    private readonly FakeTimeProvider _time = new(TestTakes.Start);
    private readonly List<string> _calls = [];
    private Take? _created;
    private JobRequest? _enqueued;
    private Take? _published;
    private QueueStatus _status = Status(position: 1, workerSlots: 1, average: TimeSpan.FromSeconds(40));

    public ClipCommandHandlerTests()
    {
        _generator.SetupGet(g => g.Name).Returns("local");
        _seeds.Setup(s => s.NextSeed()).Returns(SourceSeed);
        _store.Setup(s => s.CreateAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()))
            .Callback((Take take, CancellationToken _) => { _calls.Add("create"); _created = take; })
            .Returns(Task.CompletedTask);
        _queue.Setup(q => q.EnqueueAsync(It.IsAny<JobRequest>(), It.IsAny<CancellationToken>()))
            .Callback((JobRequest job, CancellationToken _) => { _calls.Add("enqueue"); _enqueued = job; })
            .Returns(Task.CompletedTask);
        _queue.Setup(q => q.GetStatusAsync(It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => _status with { OwnerJobs = [.. _status.OwnerJobs.Select(j => j with { TakeId = _enqueued?.TakeId ?? j.TakeId })] });
        _quota.Setup(q => q.TryConsumeAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("quota"))
            .ReturnsAsync(new QuotaDecision(Allowed: true, Remaining: 29, RetryAt: null));
        _events.Setup(e => e.PublishAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()))
            .Callback((Take take, CancellationToken _) => { _calls.Add("publish"); _published = take; })
            .Returns(Task.CompletedTask);
    }

    [Fact]
    public async Task HandleAsync_ValidCommand_StoresQueuedTakeWithEverythingKnown()
    {
        var handler = CreateHandler();
        var command = Command("a neon city at dusk --ar 9:16 --camera zoom-in --slot 3");

        await handler.HandleAsync(command, CancellationToken.None);

        Assert.NotNull(_created);
        Assert.True(TakeId.TryParse(_created.Id.Value, out _), $"Not a take id: {_created.Id}");
        Assert.Equal(TakeStatus.Queued, _created.Status);
        Assert.Equal("local", _created.Provider);
        Assert.Same(command.Invoker, _created.Author);
        Assert.Equal(Channel, _created.Channel);
        Assert.Equal("a neon city at dusk", _created.Parameters.Prompt);
        Assert.Equal(AspectRatio.Portrait9x16, _created.Parameters.Aspect);
        Assert.Equal(CameraMove.ZoomIn, _created.Parameters.Camera);
        Assert.Equal(3, _created.Parameters.Slot);
        Assert.Equal(TestTakes.Start, _created.CreatedAt);
        Assert.Equal(TestTakes.Start, _created.UpdatedAt);
        Assert.Equal(0, _created.Progress);
        Assert.Null(_created.FailureReason);
        Assert.Null(_created.Artifacts);
    }

    [Fact]
    public async Task HandleAsync_ValidCommand_CreatesTakeBeforeEnqueuingThenPublishes()
    {
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.Equal(["quota", "create", "enqueue", "publish"], _calls);
    }

    [Fact]
    public async Task HandleAsync_ValidCommand_EnqueuesAndPublishesTheStoredTake()
    {
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.NotNull(_created);
        Assert.Equal(new JobRequest(_created.Id, TestTakes.Author.Id), _enqueued);
        Assert.Same(_created, _published);
        _queue.Verify(q => q.EnqueueAsync(It.IsAny<JobRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_ValidCommand_AcceptedWithPublicReplyNamingTheTake()
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a city --duration 6 --seed 7"), CancellationToken.None);

        Assert.NotNull(_created);
        Assert.True(outcome.Accepted);
        Assert.Equal(_created.Id, outcome.TakeId);
        Assert.False(outcome.Reply.Ephemeral);
        Assert.Equal(_created.Id, outcome.Reply.TakeId);
        Assert.Contains(_created.Id.Value, outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("a city", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("16:9, 6 s, seed 7", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1, 40, "; #1 in line, ready in about 40 s.")]
    [InlineData(4, 2, 180, "; #4 in line, ready in about 6 min.")]
    [InlineData(7, 2, 1800, "; #7 in line, ready in about 2 h.")]
    public async Task HandleAsync_TakeWaiting_ReplyGivesItsPositionFromTheQueueAndAnEta(int position, int slots, int averageSeconds, string expected)
    {
        _status = Status(position, slots, TimeSpan.FromSeconds(averageSeconds));
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.EndsWith(expected, outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NoJobFinishedYet_ReplyGivesThePositionWithoutAnEta()
    {
        _status = Status(position: 3, workerSlots: 1, average: null);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.EndsWith("; #3 in line.", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ready in", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TakeAlreadyLeased_ReplySaysItIsStarting()
    {
        _status = new QueueStatus(0, 1, 0, 1, TimeSpan.FromSeconds(40), [new QueuedJob(TakeId.New(), Running: true, Position: null, RetryAt: null)]);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.EndsWith("; starting now.", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("in line", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ValidCommand_AsksTheQueueForTheInvokersStatus()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), cancellation.Token);

        _queue.Verify(q => q.GetStatusAsync(TestTakes.Author.Id, cancellation.Token), Times.Once);
    }

    // ---- quota ----

    [Fact]
    public async Task HandleAsync_Always_ConsumesTheInvokersQuotaWithTheConfiguredLimitAndWindow()
    {
        _queueOptions.QuotaPerWindow = 5;
        _queueOptions.QuotaWindowMinutes = 15;
        using var cancellation = new CancellationTokenSource();
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), cancellation.Token);

        _quota.Verify(q => q.TryConsumeAsync(TestTakes.Author.Id, 5, TimeSpan.FromMinutes(15), cancellation.Token), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_QuotaUsedUp_RefusedPrivatelyNamingTheLimitAndWhenToComeBack()
    {
        _quota.Setup(q => q.TryConsumeAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new QuotaDecision(Allowed: false, Remaining: 0, RetryAt: TestTakes.Start.AddMinutes(12)));
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Null(outcome.TakeId);
        Assert.Contains("30 takes in the last 60 min", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("12:12 UTC", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("in 12 min", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_QuotaUsedUp_NothingStoredQueuedOrPublished()
    {
        _quota.Setup(q => q.TryConsumeAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new QuotaDecision(Allowed: false, Remaining: 0, RetryAt: TestTakes.Start.AddMinutes(12)));
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), CancellationToken.None);

        _store.VerifyNoOtherCalls();
        _queue.VerifyNoOtherCalls();
        _events.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_SlidingWindowFull_RefusedUntilTheOldestTakeLeavesTheWindow()
    {
        _queueOptions.QuotaPerWindow = 2;
        _queueOptions.QuotaWindowMinutes = 60;
        var quota = new InMemoryQuotaStore(_time);
        var handler = CreateHandler(quota);
        await handler.HandleAsync(Command("first"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(10));
        await handler.HandleAsync(Command("second"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(10));

        var refused = await handler.HandleAsync(Command("third"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(40));
        var accepted = await handler.HandleAsync(Command("third, later"), CancellationToken.None);

        Assert.False(refused.Accepted);
        Assert.Contains("13:00 UTC (in 40 min)", refused.Reply.Text, StringComparison.Ordinal);
        Assert.True(accepted.Accepted);
        _store.Verify(s => s.CreateAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task HandleAsync_AdminInvoker_QuotaNeverConsulted()
    {
        _quota.Setup(q => q.TryConsumeAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new QuotaDecision(Allowed: false, Remaining: 0, RetryAt: TestTakes.Start.AddMinutes(12)));
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(new ChatCommand("clip", "a city", Admin, Channel), CancellationToken.None);

        Assert.True(outcome.Accepted);
        _quota.VerifyNoOtherCalls();
        _queue.Verify(q => q.EnqueueAsync(It.Is<JobRequest>(j => j.OwnerId == Admin.Id), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_LongMultiLinePrompt_ReplyQuotesItOnOneShortenedLine()
    {
        var prompt = "first line\n" + new string('w', 200);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(prompt), CancellationToken.None);

        Assert.DoesNotContain('\n', outcome.Reply.Text);
        Assert.Contains("first line www", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("…", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.True(outcome.Reply.Text.Length < 200, outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_SeedAbsent_UsesSeedFromSource()
    {
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.NotNull(_created);
        Assert.Equal(SourceSeed, _created.Parameters.Seed);
    }

    [Fact]
    public async Task HandleAsync_SeedGiven_IgnoresSeedFromSource()
    {
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city --seed 7"), CancellationToken.None);

        Assert.NotNull(_created);
        Assert.Equal(7u, _created.Parameters.Seed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--ar 16:9")]
    [InlineData("a city --ar 4:3")]
    [InlineData("a city --fps 30")]
    [InlineData("a city --seed")]
    public async Task HandleAsync_BadCommand_RefusedPrivatelyWithoutTouchingStoreQueueOrEvents(string arguments)
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(arguments), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Null(outcome.TakeId);
        Assert.Null(outcome.Reply.TakeId);
        Assert.Equal(ClipCommandParser.Parse(arguments, SourceSeed).Error?.Message, outcome.Reply.Text);
        _store.VerifyNoOtherCalls();
        _queue.VerifyNoOtherCalls();
        _events.VerifyNoOtherCalls();
        _quota.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_GivenToken_PassesItToEveryPort()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), cancellation.Token);

        _quota.Verify(q => q.TryConsumeAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), cancellation.Token), Times.Once);
        _store.Verify(s => s.CreateAsync(It.IsAny<Take>(), cancellation.Token), Times.Once);
        _queue.Verify(q => q.EnqueueAsync(It.IsAny<JobRequest>(), cancellation.Token), Times.Once);
        _queue.Verify(q => q.GetStatusAsync(It.IsAny<string?>(), cancellation.Token), Times.Once);
        _events.Verify(e => e.PublishAsync(It.IsAny<Take>(), cancellation.Token), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_StoreFails_NothingIsQueued()
    {
        _store.Setup(s => s.CreateAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("store down"));
        var handler = CreateHandler();

        var exception = await Record.ExceptionAsync(() => handler.HandleAsync(Command("a city"), CancellationToken.None));

        Assert.IsType<InvalidOperationException>(exception);
        _queue.Verify(q => q.EnqueueAsync(It.IsAny<JobRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        _events.Verify(e => e.PublishAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public void Name_Always_IsClip()
    {
        var handler = CreateHandler();

        var name = handler.Name;

        Assert.Equal("clip", name);
    }

    private ClipCommandHandler CreateHandler(IQuotaStore? quota = null) => new(
        _store.Object,
        _queue.Object,
        quota ?? _quota.Object,
        _events.Object,
        _generator.Object,
        _seeds.Object,
        Options.Create(_queueOptions),
        _time,
        NullLogger<ClipCommandHandler>.Instance);

    /// <summary>The queue as the handler reads it after enqueuing: its take (the id is filled in) waiting at <paramref name="position"/>.</summary>
    private static QueueStatus Status(int position, int workerSlots, TimeSpan? average) =>
        new(Waiting: position, Running: 0, Retrying: 0, workerSlots, average, [new QueuedJob(TakeId.New(), Running: false, position, RetryAt: null)]);

    private static ChatCommand Command(string arguments) => new("clip", arguments, TestTakes.Author, Channel);
}
