using ClipBot.Core.Reels;
using Microsoft.Extensions.Options;

namespace ClipBot.Host.Studio;

/// <summary>
/// Sends the open pages every change of a recent reel: a phase the schedule moved, a brief, a cut re-rendered
/// after a change of leader, and votes cast in any linked channel. Cuts are made on worker processes, which may
/// not be this one, only posted cuts reach <see cref="StudioCutNotifier"/>, and votes come from chat as well as
/// from the page; so the web process looks at the recent reels itself, and only while a page is open. Each
/// reel's version, and each revision of its ballots, goes out once: a burst of votes is one event a poll.
/// </summary>
internal sealed class StudioReelWatcher(
    StudioEventHub hub, IReelStore reels, IBallotBox ballots, IOptions<ReelOptions> options, TimeProvider time, ILogger<StudioReelWatcher> logger) : BackgroundService
{
    // The reels a page is likely to show; an older one is up to date when the page loads it.
    private const int Watched = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);

        // The first look after the pages open only notes what they loaded; changes from then on are sent.
        var watching = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (hub.ClientCount == 0)
                {
                    watching = false;
                }
                else
                {
                    var recent = await reels.ListRecentAsync(Watched, stoppingToken);
                    var revisions = await Task.WhenAll(recent.Select(reel => ballots.RevisionAsync(reel.Id, stoppingToken)));
                    for (var i = 0; i < recent.Count; i++)
                    {
                        if (watching)
                        {
                            await hub.PublishReelAsync(recent[i], revisions[i], stoppingToken);
                        }
                        else
                        {
                            hub.MarkSeen(recent[i], revisions[i]);
                        }
                    }

                    watching = true;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.ReelWatchFailed(exception);
            }

            await Task.Delay(poll, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
