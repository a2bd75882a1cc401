using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandHandlerTests
{
    [Fact]
    public async Task HandleAsync_ValidCommand_StoresQueuedTakeWithEverythingKnown()
    {
        var handler = CreateHandler();
        var command = Command("a neon city at dusk --ar 9:16 --camera zoom-in");

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
        Assert.Null(_created.Parameters.Slot);
        Assert.Null(_created.Reel);
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
}
