using ClipBot.Core.Queue;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Pipeline;

/// <summary>
/// The worker process's loops, all thin: Workers:Concurrency consumers around <see cref="IJobRunner"/>
/// that sleep on the queue's wake-up when idle; a housekeeping loop that reports this process for the ETA
/// and, under the leader lock, requeues expired leases; and a listener that stops cancelled jobs.
/// At shutdown the consumers stop leasing at once, and running jobs get Workers:ShutdownGraceSeconds to
/// finish before they are stopped and given back to the queue.
/// </summary>
internal sealed class TakeWorker(
    IJobRunner runner,
    IJobQueue queue,
    ILeaderLock leaderLock,
    IJobCancellations cancellations,
    RunningJobs running,
    IOptions<WorkerOptions> options,
    ILogger<TakeWorker> logger) : BackgroundService
{
    private const string RecoveryLock = "recovery";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var processId = $"{Environment.MachineName}:{Environment.ProcessId}";
        using var abortWork = new CancellationTokenSource();
        using var graceTimer = stoppingToken.Register(() => abortWork.CancelAfter(TimeSpan.FromSeconds(settings.ShutdownGraceSeconds)));
        var consumers = Enumerable.Range(0, settings.Concurrency)
            .Select(i => ConsumeAsync($"{processId}:{i}", settings, stoppingToken, abortWork.Token));
        await Task.WhenAll(consumers
            .Append(HousekeepAsync(processId, settings, stoppingToken))
            .Append(ListenForCancellationsAsync(stoppingToken)));
    }

    private async Task ConsumeAsync(string workerId, WorkerOptions settings, CancellationToken stoppingToken, CancellationToken abortWork)
    {
        // Yield first so that one consumer's synchronous start cannot hold up the host's start.
        await Task.Yield();
        logger.WorkerStarted(workerId);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await runner.RunOnceAsync(workerId, stoppingToken, abortWork))
                {
                    await queue.WaitForWorkAsync(TimeSpan.FromSeconds(settings.IdlePollSeconds), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The store being briefly unreachable must not end the worker; the lease protects the job.
                logger.WorkerLoopFailed(exception, workerId);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        try
        {
            await runner.ReleaseHeldAsync(workerId);
        }
        catch (Exception exception)
        {
            // Its deadline brings the held job back anyway; this only makes it sooner.
            logger.WorkerLoopFailed(exception, workerId);
        }
    }

    private async Task HousekeepAsync(string processId, WorkerOptions settings, CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(settings.RecoveryIntervalSeconds);
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                try
                {
                    await queue.ReportWorkerAsync(processId, settings.Concurrency, interval * 3, stoppingToken);

                    // One worker at a time sweeps expired leases; the lock outlives a missed tick or two.
                    if (await leaderLock.TryAcquireAsync(RecoveryLock, processId, interval * 3, stoppingToken))
                    {
                        await runner.RecoverAsync(stoppingToken);
                    }
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.RecoveryFailed(exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    private async Task ListenForCancellationsAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var takeId in cancellations.ListenAsync(stoppingToken))
                {
                    if (running.Cancel(takeId))
                    {
                        logger.JobCancelled(takeId.Value);
                    }
                }

                // The subscription ended by itself (a lost connection); listen again after a breath, not in a spin.
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Missed signals are caught by the take's cancelled status at the worker's next step.
                logger.CancellationListenerFailed(exception);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
