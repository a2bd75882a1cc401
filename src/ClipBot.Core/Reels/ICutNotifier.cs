using ClipBot.Core.Chat;
using ClipBot.Core.Results;

namespace ClipBot.Core.Reels;

/// <summary>Posts a reel's cut into one linked channel; one per platform.</summary>
public interface ICutNotifier
{
    /// <summary>The platform this notifier posts to, matching <see cref="ChannelRef.Platform"/>.</summary>
    string Platform { get; }

    /// <summary>Posts <see cref="Reel.Cut"/>: the delivery-size file, and a link to the full-quality one.</summary>
    Task<Result<bool>> PostCutAsync(Reel reel, ChannelRef channel, CancellationToken cancellationToken);
}
