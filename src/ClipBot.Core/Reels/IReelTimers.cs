namespace ClipBot.Core.Reels;

/// <summary>
/// Timers per reel and kind, shared by every node: at most one of each kind per reel, each run by one node
/// at a time, and none lost when a node dies while running one.
/// </summary>
public interface IReelTimers
{
    /// <summary>
    /// Sets the reel's timer of this kind to fire at <paramref name="at"/>. When one is already set, it keeps
    /// the earlier time, or takes the new one when <paramref name="replace"/>; so a burst of vote changes makes
    /// one re-cut. When one is running, the new time is kept and set once the running one completes, so a
    /// change that came during a re-cut is not lost.
    /// </summary>
    Task ScheduleAsync(ReelId reel, ReelTimer kind, DateTimeOffset at, bool replace, CancellationToken cancellationToken);

    /// <summary>Removes the reel's timer of this kind, and any time kept for after a running one.</summary>
    Task CancelAsync(ReelId reel, ReelTimer kind, CancellationToken cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="max"/> timers due at <paramref name="now"/>, marking them running for
    /// <paramref name="lease"/>; a running timer whose lease ran out (its node died) is due again.
    /// </summary>
    Task<IReadOnlyList<DueTimer>> TakeDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Ends a taken timer: removes it, or sets it again at the time kept while it ran. Does nothing when the
    /// token is stale (the lease ran out and another node took it).
    /// </summary>
    Task CompleteAsync(DueTimer timer, CancellationToken cancellationToken);
}
