using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;

namespace ClipBot.Host.Studio;

/// <summary>
/// Posts a reel's cut to the Studio: a "reel" event with the reel's JSON, whose cut the page's player loads.
/// A reel may be linked to several Studio channels (the chat box and its own API channel), but the Studio is
/// one page, so only the first of them sends the event.
/// </summary>
internal sealed class StudioCutNotifier(StudioEventHub hub) : ICutNotifier
{
    public string Platform => ChannelRef.StudioPlatform;

    public async Task<Result<bool>> PostCutAsync(Reel reel, ChannelRef channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        if (reel.Channels.FirstOrDefault(c => c.Platform == ChannelRef.StudioPlatform) == channel)
        {
            await hub.PublishReelAsync(reel, ballotsRevision: null, cancellationToken);
        }

        return true;
    }
}
