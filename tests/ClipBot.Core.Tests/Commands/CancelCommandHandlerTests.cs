using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Core.Tests.Commands;

public sealed partial class CancelCommandHandlerTests
{
    private static readonly TimeSpan LeaseFor = TimeSpan.FromMinutes(1);
    private static readonly ChatUser Stranger = new("u-999", "Bo");
    private static readonly ChatUser Admin = new("u-admin", "Mod", IsAdmin: true);

    private readonly FakeTimeProvider _time = new(TestTakes.Start);
    private readonly InMemoryTakeStore _store = new();
    private readonly RecordingTakeEvents _events = new();
    private readonly InMemoryJobCancellations _cancellations = new();
    private readonly InMemoryJobQueue _queue;

    public CancelCommandHandlerTests()
    {
        _queue = new InMemoryJobQueue(_time);
    }

    [Fact]
    public void Name_Always_IsCancel()
    {
        var handler = CreateHandler();

        var name = handler.Name;

        Assert.Equal("cancel", name);
    }

    private CancelCommandHandler CreateHandler(IJobQueue? queue = null) => new(
        _store,
        queue ?? _queue,
        _cancellations,
        new TakeUpdater(_store, _events, _time),
        NullLogger<CancelCommandHandler>.Instance);

    private Take Seed(TakeStatus status)
    {
        var take = TestTakes.Create(status);
        _store.Seed(take);
        return take;
    }

    private async Task<Take> QueueAsync(TakeStatus status = TakeStatus.Queued)
    {
        var take = Seed(status);
        await _queue.EnqueueAsync(take.Id, take.Author.Id);
        return take;
    }

    private static ChatCommand Command(string arguments, ChatUser? invoker = null) =>
        new("cancel", arguments, invoker ?? TestTakes.Author, ChannelRef.Studio);
}
