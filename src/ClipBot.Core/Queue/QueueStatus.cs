namespace ClipBot.Core.Queue;

/// <summary>The queue as a whole, and one user's jobs in it.</summary>
/// <param name="Waiting">Jobs waiting for a worker, retries not included.</param>
/// <param name="Running">Jobs leased by a worker now.</param>
/// <param name="Retrying">Jobs waiting out a retry delay.</param>
/// <param name="WorkerSlots">Jobs the live workers can run at once; 0 when no worker reported lately.</param>
/// <param name="AverageDuration">A moving average of recent job durations; null before the first job.</param>
/// <param name="OwnerJobs">The user's jobs, running first, then by position.</param>
public sealed record QueueStatus(
    long Waiting,
    long Running,
    long Retrying,
    int WorkerSlots,
    TimeSpan? AverageDuration,
    IReadOnlyList<QueuedJob> OwnerJobs)
{
    /// <summary>How long until the job at this position (1 = next) should be ready; null before the first job finished.</summary>
    public TimeSpan? ReadyIn(int position) => EtaEstimate.ForPosition(position, WorkerSlots, Running, AverageDuration);
}
