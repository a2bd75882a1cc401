using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClipBot.Redis.Queue;

/// <summary>
/// Cancellations of running jobs over pub/sub: the take id is the message. Fire and forget, so a worker that
/// was away misses the signal and must notice the take's cancelled status at its next step.
/// </summary>
internal sealed class RedisJobCancellations(IConnectionMultiplexer redis, RedisKeys keys, ILogger<RedisJobCancellations> logger)
    : IJobCancellations
{
    // Cancellations are rare; a listener this far behind is stuck, and the take's status still says cancelled.
    private const int ListenerCapacity = 1024;

    public Task SignalAsync(TakeId takeId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return redis.GetSubscriber().PublishAsync(keys.JobCancellations, takeId.Value);
    }

    public async IAsyncEnumerable<TakeId> ListenAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = new BoundedChannelOptions(ListenerCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        };
        var signals = Channel.CreateBounded<TakeId>(options, dropped => logger.CancellationDropped(dropped.Value));
        Action<RedisChannel, RedisValue> handler = (_, message) =>
        {
            if (TakeId.TryParse(message, out var takeId))
            {
                signals.Writer.TryWrite(takeId);
            }
            else
            {
                logger.CancellationUnreadable();
            }
        };

        var subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(keys.JobCancellations, handler);
        try
        {
            await foreach (var takeId in signals.Reader.ReadAllAsync(cancellationToken))
            {
                yield return takeId;
            }
        }
        finally
        {
            await UnsubscribeAsync(subscriber, handler);
        }
    }

    // Only this listener's handler goes; others on the same channel keep theirs.
    private async Task UnsubscribeAsync(ISubscriber subscriber, Action<RedisChannel, RedisValue> handler)
    {
        try
        {
            await subscriber.UnsubscribeAsync(keys.JobCancellations, handler);
        }
        catch (RedisException ex)
        {
            logger.CancellationsUnsubscribeFailed(ex);
        }
    }
}
