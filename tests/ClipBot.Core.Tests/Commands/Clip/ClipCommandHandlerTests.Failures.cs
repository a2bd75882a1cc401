using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandHandlerTests
{
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
}
