using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Commands;

public sealed partial class CancelCommandHandlerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task HandleAsync_NoTakeGiven_RefusedSayingHowToUseIt(string arguments)
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(arguments), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal("Say which take to cancel: /cancel <take id>. /queue lists yours.", outcome.Reply.Text);
    }

    [Theory]
    [InlineData("abcdefghjkmn")]
    [InlineData("../../etc/pw")]
    [InlineData("nope")]
    public async Task HandleAsync_UnknownTake_RefusedNamingIt(string arguments)
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(arguments), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal($"There is no take `{arguments}`. /queue lists yours.", outcome.Reply.Text);
        Assert.Empty(_events.Published);
    }

    [Fact]
    public async Task HandleAsync_VeryLongUnknownTake_RefusalQuotesItShortened()
    {
        var arguments = new string('x', 300);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(arguments), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.Contains("`" + new string('x', 24) + "…`", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 25), outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TakeStatus.Posted, "posted")]
    [InlineData(TakeStatus.Failed, "failed")]
    [InlineData(TakeStatus.Cancelled, "cancelled")]
    [InlineData(TakeStatus.Ready, "ready")]
    public async Task HandleAsync_TakeAlreadyFinished_RefusedSayingItsStatus(TakeStatus status, string wire)
    {
        var take = Seed(status);
        var queue = new Mock<IJobQueue>();
        var handler = CreateHandler(queue.Object);

        var outcome = await handler.HandleAsync(Command(take.Id.Value), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal($"Take {take.Id} is already {wire}; there is nothing to cancel.", outcome.Reply.Text);
        Assert.Equal(status, _store.Get(take.Id).Status);
        Assert.Empty(_store.Saves);
        Assert.Empty(_cancellations.Signalled);
        queue.VerifyNoOtherCalls();
    }
}
