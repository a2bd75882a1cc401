using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Generation;
using ClipBot.Core.Notifications;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed class ClipCommandHandlerTests
{
    private const uint SourceSeed = 987_654;

    private static readonly ChannelRef Channel = new("discord", "chan-42");

    private readonly Mock<ITakeStore> _store = new();
    private readonly Mock<IJobQueue> _queue = new();
    private readonly Mock<ITakeEvents> _events = new();
    private readonly Mock<IVideoGenerator> _generator = new();
    private readonly Mock<ISeedSource> _seeds = new();
    private readonly FakeTimeProvider _time = new(TestTakes.Start);
    private readonly List<string> _calls = [];
    private Take? _created;
    private TakeId? _enqueued;
    private Take? _published;

    public ClipCommandHandlerTests()
    {
        _generator.SetupGet(g => g.Name).Returns("local");
        _seeds.Setup(s => s.NextSeed()).Returns(SourceSeed);
        _store.Setup(s => s.CreateAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()))
            .Callback((Take take, CancellationToken _) => { _calls.Add("create"); _created = take; })
            .Returns(Task.CompletedTask);
        _queue.Setup(q => q.EnqueueAsync(It.IsAny<TakeId>(), It.IsAny<CancellationToken>()))
            .Callback((TakeId id, CancellationToken _) => { _calls.Add("enqueue"); _enqueued = id; })
            .Returns(Task.CompletedTask);
        _queue.Setup(q => q.CountQueuedAsync(It.IsAny<CancellationToken>())).ReturnsAsync(1);
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

        Assert.Equal(["create", "enqueue", "publish"], _calls);
    }

    [Fact]
    public async Task HandleAsync_ValidCommand_EnqueuesAndPublishesTheStoredTake()
    {
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.NotNull(_created);
        Assert.Equal(_created.Id, _enqueued);
        Assert.Same(_created, _published);
        _queue.Verify(q => q.EnqueueAsync(_created.Id, It.IsAny<CancellationToken>()), Times.Once);
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
    [InlineData(1, "up next")]
    [InlineData(4, "3 ahead of it")]
    public async Task HandleAsync_OthersWaiting_ReplySaysHowManyAreAhead(long queued, string expected)
    {
        _queue.Setup(q => q.CountQueuedAsync(It.IsAny<CancellationToken>())).ReturnsAsync(queued);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.Contains(expected, outcome.Reply.Text, StringComparison.Ordinal);
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
    }

    [Fact]
    public async Task HandleAsync_GivenToken_PassesItToEveryPort()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), cancellation.Token);

        _store.Verify(s => s.CreateAsync(It.IsAny<Take>(), cancellation.Token), Times.Once);
        _queue.Verify(q => q.EnqueueAsync(It.IsAny<TakeId>(), cancellation.Token), Times.Once);
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
        _queue.Verify(q => q.EnqueueAsync(It.IsAny<TakeId>(), It.IsAny<CancellationToken>()), Times.Never);
        _events.Verify(e => e.PublishAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public void Name_Always_IsClip()
    {
        var handler = CreateHandler();

        var name = handler.Name;

        Assert.Equal("clip", name);
    }

    private ClipCommandHandler CreateHandler() => new(
        _store.Object,
        _queue.Object,
        _events.Object,
        _generator.Object,
        _seeds.Object,
        _time,
        NullLogger<ClipCommandHandler>.Instance);

    private static ChatCommand Command(string arguments) => new("clip", arguments, TestTakes.Author, Channel);
}
