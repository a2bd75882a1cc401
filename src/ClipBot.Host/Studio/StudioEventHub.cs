using System.Collections.Concurrent;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;
using ClipBot.Core.Notifications;
using ClipBot.Core.Reels;

namespace ClipBot.Host.Studio;

/// <summary>
/// One subscription to take changes per process, fanned out to every open page, and the reels' changes
/// (from <see cref="StudioCutNotifier"/> and <see cref="StudioReelWatcher"/>), each version of a reel once.
/// Each event is made into JSON once, not once per page. A page registers before it is told the stream is
/// live, so it misses nothing after that; a slow page loses its oldest changes, never anyone else's.
/// </summary>
internal sealed class StudioEventHub(ITakeEvents events, StudioTakes takes, StudioReels reels, ILogger<StudioEventHub> logger) : BackgroundService
{
    public const string TakeEvent = "take";
    public const string ReelEvent = "reel";

    private const int PerClientBuffer = 256;
    private readonly ConcurrentDictionary<Guid, Channel<SseItem<string>>> _clients = new();
    // Per reel, the newest version and ballots' revision the pages have (sent, or read when they loaded).
    private readonly ConcurrentDictionary<ReelId, (long Version, long Ballots)> _reelsSent = new();

    public int ClientCount => _clients.Count;

    public (Guid Id, ChannelReader<SseItem<string>> Reader) Register()
    {
        var channel = Channel.CreateBounded<SseItem<string>>(new BoundedChannelOptions(PerClientBuffer)
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

    /// <summary>
    /// Sends the reel, as GET /api/reels/{id} shows it, to every open page, unless this version of it, and this
    /// revision of its ballots when given, were sent already.
    /// </summary>
    public async Task PublishReelAsync(Reel reel, long? ballotsRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        if (_clients.IsEmpty || !TryClaim(reel, ballotsRevision))
        {
            return;
        }

        Send(ReelEvent, await reels.DescribeAsync(reel, cancellationToken));
    }

    /// <summary>Notes the reel's version and ballots as known to the pages (they read them when they load), without sending them.</summary>
    public void MarkSeen(Reel reel, long ballotsRevision)
    {
        ArgumentNullException.ThrowIfNull(reel);
        TryClaim(reel, ballotsRevision);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var take in events.SubscribeAsync(stoppingToken))
            {
                if (_clients.IsEmpty)
                {
                    continue;
                }

                try
                {
                    Send(TakeEvent, await takes.DescribeAsync(take, stoppingToken));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The take's reel could not be read (a store blip): this change is lost, the next one is not.
                    logger.StudioEventFailed(exception, take.Id.Value);
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

    /// <summary>
    /// True for the first caller with a version of the reel, or a revision of its ballots, newer than any sent;
    /// the notifier and the watcher may both see it.
    /// </summary>
    private bool TryClaim(Reel reel, long? ballotsRevision)
    {
        var seen = (reel.Version, Ballots: ballotsRevision ?? 0);
        while (true)
        {
            if (!_reelsSent.TryGetValue(reel.Id, out var sent))
            {
                if (_reelsSent.TryAdd(reel.Id, seen))
                {
                    return true;
                }

                continue;
            }

            var newest = (Math.Max(sent.Version, seen.Version), Math.Max(sent.Ballots, seen.Ballots));
            if (newest == sent)
            {
                return false;
            }

            if (_reelsSent.TryUpdate(reel.Id, newest, sent))
            {
                return true;
            }
        }
    }

    private void Send<T>(string name, T body)
    {
        var item = new SseItem<string>(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), name);
        foreach (var client in _clients.Values)
        {
            client.Writer.TryWrite(item);
        }
    }
}
