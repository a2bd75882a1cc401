using ClipBot.Core.Takes;

namespace ClipBot.Core.Queue;

/// <summary>
/// An at-least-once job queue with leases and fair share. A job is never popped: it moves atomically from
/// waiting to a lease and stays there until it is completed, retried, dead-lettered or released. Jobs are
/// leased round-robin across owners, skipping owners already at their concurrency cap.
/// </summary>
public interface IJobQueue
{
    Task EnqueueAsync(JobRequest job, CancellationToken cancellationToken);

    /// <summary>
    /// Leases the next job in turn, or returns null when none may run now (empty, or every waiting owner is
    /// at <paramref name="perOwnerCap"/>). Retries whose delay has passed are moved back to waiting first.
    /// </summary>
    Task<JobLease?> TryLeaseAsync(string workerId, TimeSpan leaseFor, int perOwnerCap, CancellationToken cancellationToken);

    /// <summary>Extends a lease; false when the lease was lost (expired and taken by another worker).</summary>
    Task<bool> RenewAsync(JobLease lease, TimeSpan leaseFor, CancellationToken cancellationToken);

    /// <summary>Removes the job for good and counts its duration towards the ETA; false when the lease was lost.</summary>
    Task<bool> CompleteAsync(JobLease lease, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>
    /// Completes the job as <see cref="CompleteAsync"/> does and, in the same step, leases the worker's next
    /// job as <see cref="TryLeaseAsync"/> does, saving a round trip per job for a busy worker.
    /// </summary>
    Task<CompleteResult> CompleteAndLeaseNextAsync(JobLease lease, TimeSpan duration, string workerId, TimeSpan leaseFor, int perOwnerCap, CancellationToken cancellationToken);

    /// <summary>Ends the lease and schedules the job again at <paramref name="due"/>; false when the lease was lost.</summary>
    Task<bool> RetryLaterAsync(JobLease lease, DateTimeOffset due, string reason, CancellationToken cancellationToken);

    /// <summary>Ends the lease and gives the job up, keeping the reason; false when the lease was lost.</summary>
    Task<bool> DeadLetterAsync(JobLease lease, string reason, CancellationToken cancellationToken);

    /// <summary>Gives the job back at the head of its owner's line, e.g. on shutdown; the attempt does not count.</summary>
    Task<bool> ReleaseAsync(JobLease lease, CancellationToken cancellationToken);

    /// <summary>Removes a waiting job, or reports that a worker holds it.</summary>
    Task<CancelOutcome> CancelAsync(TakeId takeId, CancellationToken cancellationToken);

    /// <summary>
    /// Puts jobs whose lease has expired back at the head of their owner's line, and moves due retries back
    /// in line. A job that has already been leased <paramref name="maxAttempts"/> times (its workers kept
    /// dying on it) is dead-lettered instead, so one poisonous job cannot kill workers forever.
    /// </summary>
    Task<RecoveryResult> RequeueExpiredAsync(int maxAttempts, CancellationToken cancellationToken);

    /// <summary>Records that a worker process is alive with this many job slots, for the ETA.</summary>
    Task ReportWorkerAsync(string processId, int slots, TimeSpan aliveFor, CancellationToken cancellationToken);

    /// <summary>Waits until a job may be waiting or <paramref name="maxWait"/> passes. A wake-up is a hint, not a promise.</summary>
    Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken);

    /// <summary>The queue's counts and the given owner's jobs with their positions.</summary>
    Task<QueueStatus> GetStatusAsync(string? ownerId, CancellationToken cancellationToken);

    /// <summary>The most recent dead letters, newest first.</summary>
    Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(int count, CancellationToken cancellationToken);
}
