using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Notifications;

/// <summary>Posts a finished take into the channel it came from; one per platform.</summary>
public interface ITakeNotifier
{
    /// <summary>The platform this notifier posts to, matching <see cref="Chat.ChannelRef.Platform"/>.</summary>
    string Platform { get; }

    Task<Result<bool>> PostAsync(Take take, CancellationToken cancellationToken);
}
