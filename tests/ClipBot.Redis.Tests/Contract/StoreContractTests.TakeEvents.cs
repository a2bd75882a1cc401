using ClipBot.Core.Takes;
using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task SubscribeAsync_TakePublished_SubscriberReceivesIt()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var take = TestTakes.Full();
        await using var subscription = Events.SubscribeAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);

        var received = await PublishUntilReceivedAsync([subscription], take, timeout.Token);

        Assert.Equal(take, Assert.Single(received));
    }

    [Fact]
    public async Task SubscribeAsync_TwoSubscribers_BothReceive()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var take = TestTakes.Minimal();
        await using var first = Events.SubscribeAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        await using var second = Events.SubscribeAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);

        var received = await PublishUntilReceivedAsync([first, second], take, timeout.Token);

        Assert.Equal([take, take], received);
    }

    [Fact]
    public async Task SubscribeAsync_EnumerationEnded_Unsubscribes()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var take = TestTakes.Minimal();
        var subscription = Events.SubscribeAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        await PublishUntilReceivedAsync([subscription], take, timeout.Token);

        await subscription.DisposeAsync();
        var receivers = await CountReceiversAsync(take);

        Assert.Equal(0, receivers);
    }

    private async Task<Take[]> PublishUntilReceivedAsync(IAsyncEnumerator<Take>[] subscriptions, Take take, CancellationToken cancellationToken)
    {
        // Each subscription starts with its first MoveNextAsync; until it is in place, publishes miss it.
        var next = Task.WhenAll(subscriptions.Select(s => s.MoveNextAsync().AsTask()));
        while (!next.IsCompleted)
        {
            await Events.PublishAsync(take, cancellationToken);
            await Task.WhenAny(next, Task.Delay(50, cancellationToken));
        }

        Assert.All(await next, Assert.True);
        return subscriptions.Select(s => s.Current).ToArray();
    }

    private async Task<long> CountReceiversAsync(Take take)
    {
        // UNSUBSCRIBE is sent after the enumerator is disposed; give it a moment to land.
        var json = System.Text.Json.JsonSerializer.Serialize(take.Id.Value);
        long receivers = -1;
        for (var i = 0; i < 40 && receivers != 0; i++)
        {
            receivers = await _server.Redis.GetSubscriber().PublishAsync(_keys.TakeEvents, json);
            await Task.Delay(25);
        }

        return receivers;
    }
}
