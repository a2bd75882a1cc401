using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Pipeline;

/// <summary>
/// One worker's step: lease a job, keep the lease alive while the take is made, then complete it.
/// The hosted worker only calls this in a loop.
/// </summary>
internal sealed class JobRunner(
    IJobQueue queue,
    TakeProcessor processor,
    ITakeStore store,
    TakeUpdater updater,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILogger<JobRunner> logger) : IJobRunner
{
    public async Task<bool> RunOnceAsync(string workerId, CancellationToken stoppingToken)
    {
        var leaseFor = options.Value.Lease;

        // Checkpoint: lease. From here until complete or release, the job sits in the lease set with a
        // deadline; if this process dies, recovery puts it back once the deadline passes.
        var lease = await queue.TryLeaseAsync(workerId, leaseFor, stoppingToken);
        if (lease is null)
        {
            return false;
        }

        using var leaseLost = new CancellationTokenSource();
        using var working = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, leaseLost.Token);
        var heartbeat = HeartbeatAsync(lease, leaseFor, leaseLost, working.Token);
        try
        {
            await processor.ProcessAsync(lease, ct => queue.RenewAsync(lease, leaseFor, ct), working.Token);

            // Checkpoint: complete. Fenced by the lease token: if the lease expired and another worker took
            // the job, this returns false and changes nothing.
            if (!await queue.CompleteAsync(lease, CancellationToken.None))
            {
                logger.LeaseLost(lease.TakeId.Value);
            }
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
        {
            logger.LeaseLost(lease.TakeId.Value);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await ReturnToQueueAsync(lease);
        }
        finally
        {
            await working.CancelAsync();
            await heartbeat;
        }

        return true;
    }

    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var requeued = await queue.RequeueExpiredAsync(cancellationToken);
        if (requeued > 0)
        {
            logger.LeasesRequeued(requeued);
        }
    }

    // Checkpoint: renew. A missed renewal is harmless until the deadline; a renewal that finds the lease gone
    // means another worker owns the job, so this one stops at once.
    private async Task HeartbeatAsync(JobLease lease, TimeSpan leaseFor, CancellationTokenSource leaseLost, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(leaseFor / 3, time, cancellationToken);
                if (!await queue.RenewAsync(lease, leaseFor, cancellationToken))
                {
                    await leaseLost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended; so does its heartbeat.
        }
    }

    // Checkpoint: release at shutdown. The take goes back to queued so the page does not show it stuck in
    // "generating"; the job goes back to the queue for the next worker.
    private async Task ReturnToQueueAsync(JobLease lease)
    {
        var take = await store.GetAsync(lease.TakeId, CancellationToken.None);
        if (take is not null && !take.Status.IsFinal() && take.Status != TakeStatus.Ready)
        {
            await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Queued, Progress = 0 }, CancellationToken.None);
        }

        if (await queue.ReleaseAsync(lease, CancellationToken.None))
        {
            logger.TakeReleased(lease.TakeId.Value);
        }
    }
}
