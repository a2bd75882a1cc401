namespace ClipBot.Core.Pipeline;

/// <summary>A worker's two duties, which a hosted loop calls: run the next job, and recover abandoned ones.</summary>
public interface IJobRunner
{
    /// <summary>Runs one job if one is waiting; false when the queue was empty.</summary>
    Task<bool> RunOnceAsync(string workerId, CancellationToken stoppingToken);

    /// <summary>Puts back jobs whose worker died; safe to run from every worker at once.</summary>
    Task RecoverAsync(CancellationToken cancellationToken);
}
