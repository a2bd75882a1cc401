using System.Collections.Concurrent;
using System.Threading.Channels;
using ClipBot.Core.Notifications;
using ClipBot.Core.Takes;

namespace ClipBot.Host.Studio;

/// <summary>
/// One subscription to take changes per process, fanned out to every open page. A page registers before
/// it is told the stream is live, so it misses nothing after that; a slow page loses its oldest changes,
/// never anyone else's.
/// </summary>
internal sealed class StudioEventHub(ITakeEvents events) : BackgroundService
{
    private const int PerClientBuffer = 256;
    private readonly ConcurrentDictionary<Guid, Channel<Take>> _clients = new();

    public int ClientCount => _clients.Count;

    public (Guid Id, ChannelReader<Take> Reader) Register()
    {
        var channel = Channel.CreateBounded<Take>(new BoundedChannelOptions(PerClientBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var id = Guid.NewGuid();
        _clients[id] = channel;
        return (id, channel.Reader);
    }

    public void Unregister(Guid id)
    {
        if (_clients.TryRemove(id, out var channel))
        {
            channel.Writer.TryComplete();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var take in events.SubscribeAsync(stoppingToken))
            {
                foreach (var client in _clients.Values)
                {
                    client.Writer.TryWrite(take);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
        finally
        {
            foreach (var id in _clients.Keys)
            {
                Unregister(id);
            }
        }
    }
}
