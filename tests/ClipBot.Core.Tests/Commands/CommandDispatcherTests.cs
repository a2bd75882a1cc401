using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ClipBot.Core.Tests.Commands;

public sealed class CommandDispatcherTests
{
    private readonly Mock<ICommandHandler> _clip = Handler("clip");
    private readonly Mock<ICommandHandler> _queue = Handler("queue");

    [Fact]
    public async Task DispatchAsync_KnownName_RoutesToThatHandlerOnly()
    {
        var command = Command("clip", "a city");
        using var cancellation = new CancellationTokenSource();
        var expected = new CommandOutcome(new ChatReply("queued", Ephemeral: false), Accepted: true);
        _clip.Setup(h => h.HandleAsync(command, cancellation.Token)).ReturnsAsync(expected);
        var dispatcher = new CommandDispatcher([_queue.Object, _clip.Object]);

        var outcome = await dispatcher.DispatchAsync(command, cancellation.Token);

        Assert.Same(expected, outcome);
        _clip.Verify(h => h.HandleAsync(command, cancellation.Token), Times.Once);
        _queue.Verify(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task DispatchAsync_UnknownName_RefusedListingKnownCommands()
    {
        var dispatcher = new CommandDispatcher([_queue.Object, _clip.Object]);

        var outcome = await dispatcher.DispatchAsync(Command("vote", string.Empty), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Null(outcome.TakeId);
        Assert.Contains("`/vote`", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("/clip, /queue", outcome.Reply.Text, StringComparison.Ordinal);
        _clip.Verify(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()), Times.Never);
        _queue.Verify(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task DispatchAsync_NameDiffersOnlyInCase_Refused()
    {
        var dispatcher = new CommandDispatcher([_clip.Object]);

        var outcome = await dispatcher.DispatchAsync(Command("CLIP", "a city"), CancellationToken.None);

        Assert.False(outcome.Accepted);
        _clip.Verify(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task DispatchAsync_VeryLongUnknownName_RefusalQuotesItShortened()
    {
        var name = new string('z', 500);
        var dispatcher = new CommandDispatcher([_clip.Object]);

        var outcome = await dispatcher.DispatchAsync(Command(name, string.Empty), CancellationToken.None);

        Assert.DoesNotContain(name, outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains(new string('z', 20) + "…", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_HelpCommand_AnsweredByHelpHandler()
    {
        var dispatcher = new CollectionServiceProvider(CommandServices.Create()).GetRequiredService<ICommandDispatcher>();

        var outcome = await dispatcher.DispatchAsync(Command("help", string.Empty), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.StartsWith("ClipBot commands:", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("/queue — your takes in the queue, with position, ETA and progress", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("/cancel — stop one of your takes that is queued or running: /cancel <take id>", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_UnknownCommand_RefusalListsEveryRegisteredCommand()
    {
        var dispatcher = new CollectionServiceProvider(CommandServices.Create()).GetRequiredService<ICommandDispatcher>();

        var outcome = await dispatcher.DispatchAsync(Command("film", string.Empty), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.Contains("Commands: /cancel, /clip, /help, /pick, /queue, /reel, /vote.", outcome.Reply.Text, StringComparison.Ordinal);
    }

    private static Mock<ICommandHandler> Handler(string name)
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns(name);
        handler.SetupGet(h => h.Summary).Returns("does " + name);
        return handler;
    }

    private static ChatCommand Command(string name, string arguments) =>
        new(name, arguments, TestTakes.Author, ChannelRef.Studio);
}
