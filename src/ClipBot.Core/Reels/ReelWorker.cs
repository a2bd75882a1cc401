using ClipBot.Core.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Reels;

/// <summary>
/// Carries out the reels' timers on worker processes: scheduled phase changes and cuts. Each timer is
/// taken by one node with a lease; a node that dies mid-cut leaves it to be taken again when the lease ends.
/// </summary>
internal sealed class ReelWorker(
    IReelTimers timers,
    IReelStore reels,
    ReelPhases phases,
    ReelCutter cutter,
    IOptions<ReelOptions> options,
    IOptions<WorkerOptions> workers,
    TimeProvider time,
    ILogger<ReelWorker> logger) : BackgroundService
{
    // Longer than any cut takes, even with every crossfade cold; a re-run after a crash is harmless.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private const int Batch = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!workers.Value.Enabled)
        {
            return;
        }

        await Task.Yield();
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunDueAsync(stoppingToken) == 0)
                {
                    await Task.Delay(poll, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.ReelTimersUnavailable(exception);
                await Task.Delay(poll, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Runs the timers due now; returns how many there were.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var due = await timers.TakeDueAsync(time.GetUtcNow(), Lease, Batch, cancellationToken);
        foreach (var timer in due)
        {
            try
            {
                await RunAsync(timer, cancellationToken);
                await timers.CompleteAsync(timer, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Not completed: the lease runs out and the timer is taken again.
                logger.ReelTimerFailed(exception, timer.Reel.Value, timer.Kind);
            }
        }

        return due.Count;
    }

    private async Task RunAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        switch (timer.Kind)
        {
            case ReelTimer.Phase:
                // The schedule may have been changed or dropped since the timer was set; only a due one applies.
                if (await reels.GetAsync(timer.Reel, cancellationToken) is { Schedule: { } schedule } && schedule.At <= time.GetUtcNow())
                {
                    await phases.ChangeAsync(timer.Reel, schedule.Next, null, cancellationToken, expected: schedule);
                }

                break;
            case ReelTimer.Recut:
            case ReelTimer.PostCut:
                await cutter.CutAsync(timer.Reel, post: timer.Kind == ReelTimer.PostCut, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"Unknown reel timer {timer.Kind}.");
        }
    }
}
