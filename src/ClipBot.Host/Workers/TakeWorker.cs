using ClipBot.Core.Pipeline;
using ClipBot.Core.Queue;
using ClipBot.Host.Configuration;
using Microsoft.Extensions.Options;

namespace ClipBot.Host.Workers;

/// <summary>
/// A thin loop around <see cref="JobRunner"/>: Workers:Concurrency consumers, each leasing one job at a
/// time and sleeping on the queue's wake-up when idle, plus one loop that requeues expired leases.
/// </summary>
internal sealed class TakeWorker(
    IJobRunner runner,
    IJobQueue queue,
    IOptions<WorkerOptions> options,
    IOptions<RolesOptions> roles,
    ILogger<TakeWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!roles.Value.Enabled.Contains(RolesOptions.Worker))
        {
            return Task.CompletedTask;
        }

        var settings = options.Value;
        var name = $"{Environment.MachineName}:{Environment.ProcessId}";
        var consumers = Enumerable.Range(0, settings.Concurrency)
            .Select(i => ConsumeAsync($"{name}:{i}", settings, stoppingToken));
        return Task.WhenAll(consumers.Append(RecoverAsync(settings, stoppingToken)));
    }

    private async Task ConsumeAsync(string workerId, WorkerOptions settings, CancellationToken stoppingToken)
    {
        // Yield first so that one consumer's synchronous start cannot hold up the host's start.
        await Task.Yield();
        logger.WorkerStarted(workerId);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await runner.RunOnceAsync(workerId, stoppingToken))
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
    }

    private async Task RecoverAsync(WorkerOptions settings, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.RecoveryIntervalSeconds));
        try
        {
            do
            {
                try
                {
                    await runner.RecoverAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
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
}
