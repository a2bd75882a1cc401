using ClipBot.Core.Takes;

namespace ClipBot.Core.Notifications;

/// <summary>Live changes of takes, across processes: workers publish, web front ends subscribe.</summary>
public interface ITakeEvents
{
    Task PublishAsync(Take take, CancellationToken cancellationToken);

    /// <summary>Every take change published after the call, until cancelled.</summary>
    IAsyncEnumerable<Take> SubscribeAsync(CancellationToken cancellationToken);
}
