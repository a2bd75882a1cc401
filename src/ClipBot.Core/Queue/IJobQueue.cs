using ClipBot.Core.Takes;

namespace ClipBot.Core.Queue;

/// <summary>An at-least-once job queue with leases. A job is never popped: it moves to a lease and stays there until completed.</summary>
public interface IJobQueue
{
    Task EnqueueAsync(TakeId takeId, CancellationToken cancellationToken);

    /// <summary>Leases the next job, or returns null when the queue is empty.</summary>
    Task<JobLease?> TryLeaseAsync(string workerId, TimeSpan leaseFor, CancellationToken cancellationToken);

    /// <summary>Extends a lease; false when the lease was lost (expired and taken by another worker).</summary>
    Task<bool> RenewAsync(JobLease lease, TimeSpan leaseFor, CancellationToken cancellationToken);

    /// <summary>Removes the job for good; false when the lease was lost, so the caller must not act as the owner.</summary>
    Task<bool> CompleteAsync(JobLease lease, CancellationToken cancellationToken);

    /// <summary>Gives the job back to the queue at once, e.g. on shutdown; false when the lease was lost.</summary>
    Task<bool> ReleaseAsync(JobLease lease, CancellationToken cancellationToken);

    /// <summary>Puts jobs whose lease has expired back in the queue; returns how many.</summary>
    Task<int> RequeueExpiredAsync(CancellationToken cancellationToken);

    /// <summary>Waits until a job may be waiting or <paramref name="maxWait"/> passes. A wake-up is a hint, not a promise.</summary>
    Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken);

    /// <summary>The number of jobs waiting to be leased.</summary>
    Task<long> CountQueuedAsync(CancellationToken cancellationToken);
}
