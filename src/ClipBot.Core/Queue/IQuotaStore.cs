namespace ClipBot.Core.Queue;

/// <summary>Per-user sliding-window quotas, shared by every process.</summary>
public interface IQuotaStore
{
    /// <summary>
    /// Counts one use for the owner if fewer than <paramref name="limit"/> fell in the last
    /// <paramref name="window"/>; otherwise counts nothing and says when the oldest use leaves the window.
    /// </summary>
    Task<QuotaDecision> TryConsumeAsync(string ownerId, int limit, TimeSpan window, CancellationToken cancellationToken);
}
