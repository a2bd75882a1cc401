namespace ClipBot.Core.Pipeline;

/// <summary>A worker's duties, which the hosted loop calls: run the next job, and recover abandoned ones.</summary>
public interface IJobRunner
{
    /// <summary>
    /// Leases and runs one job; false when none may run now. <paramref name="stopLeasing"/> stops taking
    /// new work (shutdown begins); <paramref name="abortWork"/> stops the running job, which then goes back
    /// to the queue (the shutdown grace period is over).
    /// </summary>
    Task<bool> RunOnceAsync(string workerId, CancellationToken stopLeasing, CancellationToken abortWork);

    /// <summary>Gives back the next job this worker leased ahead, when it stops before running it.</summary>
    Task ReleaseHeldAsync(string workerId);

    /// <summary>Puts back jobs whose worker died; call it from one worker at a time (under the leader lock).</summary>
    Task RecoverAsync(CancellationToken cancellationToken);
}
