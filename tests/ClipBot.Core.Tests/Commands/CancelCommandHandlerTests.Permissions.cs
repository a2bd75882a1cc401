using ClipBot.Core.Chat;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Commands;

public sealed partial class CancelCommandHandlerTests
{
    [Fact]
    public async Task HandleAsync_AnotherUsersTake_RefusedAndLeftAlone()
    {
        var take = await QueueAsync();
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value, Stranger), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal($"Only the author of take {take.Id} or an admin can cancel it.", outcome.Reply.Text);
        Assert.Equal(TakeStatus.Queued, _store.Get(take.Id).Status);
        Assert.Equal([take.Id], _queue.Waiting);
        Assert.Empty(_store.Saves);
        Assert.Empty(_events.Published);
    }

    [Fact]
    public async Task HandleAsync_AnotherUsersRunningTake_RefusedWithoutSignal()
    {
        var take = await QueueAsync(TakeStatus.Generating);
        await _queue.TryLeaseAsync("worker-a", LeaseFor, 2, CancellationToken.None);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value, Stranger), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.Empty(_cancellations.Signalled);
        Assert.Equal(TakeStatus.Generating, _store.Get(take.Id).Status);
    }

    [Fact]
    public async Task HandleAsync_AdminCancelsAnotherUsersTake_Cancelled()
    {
        var take = await QueueAsync();
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value, Admin), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Empty(_queue.Waiting);
    }

    [Fact]
    public async Task HandleAsync_SameNameDifferentId_Refused()
    {
        var take = await QueueAsync();
        var namesake = new ChatUser("u-456", TestTakes.Author.DisplayName);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(take.Id.Value, namesake), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.Equal(TakeStatus.Queued, _store.Get(take.Id).Status);
    }
}
