using ClipBot.Core.Takes;

namespace ClipBot.Core.Queue;

/// <summary>Tells every worker that a running job was cancelled; the one holding it stops.</summary>
public interface IJobCancellations
{
    Task SignalAsync(TakeId takeId, CancellationToken cancellationToken);

    /// <summary>Every cancellation signalled after the call, until cancelled.</summary>
    IAsyncEnumerable<TakeId> ListenAsync(CancellationToken cancellationToken);
}
