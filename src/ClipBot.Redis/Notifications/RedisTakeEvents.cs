using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using ClipBot.Core.Notifications;
using ClipBot.Core.Takes;
using ClipBot.Redis.Serialization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClipBot.Redis.Notifications;

/// <summary>
/// Take changes over pub/sub: fire and forget, so a subscriber that was away misses changes and must read
/// the store for the current state.
/// </summary>
internal sealed class RedisTakeEvents(IConnectionMultiplexer redis, RedisKeys keys, ILogger<RedisTakeEvents> logger) : ITakeEvents
{
    // A live page needs the latest state, not every step; a slow one loses the oldest changes first.
    private const int SubscriberCapacity = 256;

    public Task PublishAsync(Take take, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var json = JsonSerializer.Serialize(take, StoreJsonContext.Default.Take);
        return redis.GetSubscriber().PublishAsync(keys.TakeEvents, json);
    }

    public async IAsyncEnumerable<Take> SubscribeAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = new BoundedChannelOptions(SubscriberCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        };
        var takes = Channel.CreateBounded<Take>(options, dropped => logger.TakeEventDropped(dropped.Id.Value));
        Action<RedisChannel, RedisValue> handler = (_, message) =>
        {
            if (TryRead(message, out var take))
            {
                takes.Writer.TryWrite(take);
            }
        };

        var subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(keys.TakeEvents, handler);
        try
        {
            await foreach (var take in takes.Reader.ReadAllAsync(cancellationToken))
            {
                yield return take;
            }
        }
        finally
        {
            await UnsubscribeAsync(subscriber, handler);
        }
    }

    private bool TryRead(RedisValue message, [NotNullWhen(true)] out Take? take)
    {
        try
        {
            take = JsonSerializer.Deserialize((string)message!, StoreJsonContext.Default.Take);
            return take is not null;
        }
        catch (JsonException ex)
        {
            logger.TakeEventUnreadable(ex);
            take = null;
            return false;
        }
    }

    // Only this subscriber's handler goes; others on the same channel keep theirs.
    private async Task UnsubscribeAsync(ISubscriber subscriber, Action<RedisChannel, RedisValue> handler)
    {
        try
        {
            await subscriber.UnsubscribeAsync(keys.TakeEvents, handler);
        }
        catch (RedisException ex)
        {
            logger.TakeEventsUnsubscribeFailed(ex);
        }
    }
}
