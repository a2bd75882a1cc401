using ClipBot.Core.Chat;
using ClipBot.Core.Results;

namespace ClipBot.Core.Reels;

/// <summary>
/// Changes a reel by compare-and-set: read, change, save if nobody saved in between, else read again. An
/// admin's command and the scheduler may change the same reel at once; neither change is lost.
/// </summary>
internal sealed class ReelUpdater(IReelStore store)
{
    private const int MaxAttempts = 10;

    /// <summary>Applies <paramref name="change"/> to the stored reel; its refusal is returned as is.</summary>
    public async Task<Result<Reel>> UpdateAsync(ReelId id, Func<Reel, Result<Reel>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var reel = await store.GetAsync(id, cancellationToken);
            if (reel is null)
            {
                return new Error(ErrorKind.NotFound, $"There is no reel {id}.");
            }

            var changed = change(reel);
            if (!changed.IsSuccess)
            {
                return changed;
            }

            if (await store.TrySaveAsync(changed.Value with { Version = reel.Version }, cancellationToken) is { } saved)
            {
                return saved;
            }
        }

        return new Error(ErrorKind.Transient, "The reel is changing too fast to save this; try again in a moment.");
    }

    /// <summary>
    /// Takes the channel out of the reel it is linked to, before it joins another: a channel runs one
    /// contest at a time, and the old reel must stop posting there.
    /// </summary>
    public async Task UnlinkAsync(ChannelRef channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (await store.FindByChannelAsync(channel, cancellationToken) is { } current)
        {
            await UpdateAsync(current, reel => reel with { Channels = reel.Channels.Where(c => c != channel).ToList() }, cancellationToken);
        }
    }
}
