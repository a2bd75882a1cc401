using System.Collections.Concurrent;
using System.Globalization;
using ClipBot.Core.Queue;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Pipeline;

/// <summary>
/// One worker's step: lease a job, keep the lease alive while the take is made, then complete, retry or
/// dead-letter it. The hosted worker only calls this in a loop.
/// </summary>
internal sealed class JobRunner(
    IJobQueue queue,
    TakeProcessor processor,
    ITakeStore store,
    TakeUpdater updater,
    RunningJobs running,
    IOptions<WorkerOptions> workerOptions,
    IOptions<QueueOptions> queueOptions,
    TimeProvider time,
    ILogger<JobRunner> logger) : IJobRunner
{
    private readonly ConcurrentDictionary<string, JobLease> _held = new(StringComparer.Ordinal);

    public async Task<bool> RunOnceAsync(string workerId, CancellationToken stopLeasing, CancellationToken abortWork)
    {
        if (stopLeasing.IsCancellationRequested)
        {
            return false;
        }

        var leaseFor = workerOptions.Value.Lease;

        // Checkpoint: lease. From here until the job ends, it sits in the lease set with a deadline; if this
        // process dies, recovery puts it back once the deadline passes. A busy worker already holds its next
        // lease, taken in the same step that completed its last job.
        var lease = _held.TryRemove(workerId, out var held)
            ? held
            : await queue.TryLeaseAsync(workerId, leaseFor, queueOptions.Value.PerUserConcurrency, stopLeasing);
        if (lease is null)
        {
            return false;
        }

        var started = time.GetTimestamp();
        using var leaseLost = new CancellationTokenSource();
        using var cancelled = new CancellationTokenSource();
        using var working = CancellationTokenSource.CreateLinkedTokenSource(abortWork, leaseLost.Token, cancelled.Token);
        using var registration = running.Register(lease.TakeId, cancelled);
        var heartbeat = HeartbeatAsync(lease, leaseFor, leaseLost, working.Token);
        try
        {
            var outcome = await processor.ProcessAsync(lease, ct => queue.RenewAsync(lease, leaseFor, ct), working.Token);
            if (outcome.Failure is { } failure)
            {
                await FailAsync(lease, failure, time.GetElapsedTime(started));
            }
            else
            {
                await CompleteAndHoldNextAsync(workerId, lease, time.GetElapsedTime(started), leaseFor, stopLeasing);
            }
        }
        catch (OperationCanceledException exception) when (cancelled.IsCancellationRequested || exception is TakeCancelledException)
        {
            // The author cancelled it: the take already says so; the job is done.
            await CompleteAsync(lease, time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
        {
            logger.LeaseLost(lease.TakeId.Value);
        }
        catch (OperationCanceledException) when (abortWork.IsCancellationRequested)
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

    public async Task ReleaseHeldAsync(string workerId)
    {
        if (_held.TryRemove(workerId, out var lease))
        {
            await ReturnToQueueAsync(lease);
        }
    }

    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var maxAttempts = queueOptions.Value.MaxAttempts;
        var recovered = await queue.RequeueExpiredAsync(maxAttempts, cancellationToken);
        if (recovered.Requeued > 0)
        {
            logger.LeasesRequeued(recovered.Requeued);
        }

        // A job whose workers died on it every time (a clip that crashes ffmpeg, say) is given up on, with a
        // reason the fan can read.
        foreach (var takeId in recovered.DeadLettered)
        {
            var take = await store.GetAsync(takeId, cancellationToken);
            if (take is not null && !take.Status.IsFinal())
            {
                var reason = string.Create(CultureInfo.InvariantCulture,
                    $"{TakeProcessor.UnexpectedFailure} Gave up after {maxAttempts} attempts.");
                await UpdateQuietlyAsync(take, t => t with { Status = TakeStatus.Failed, FailureReason = reason });
            }
        }
    }

    // Checkpoint: complete, and lease the next job in the same step unless shutdown has begun. The held
    // lease is this worker's next job; until it is run, its deadline protects it like any other lease.
    private async Task CompleteAndHoldNextAsync(string workerId, JobLease lease, TimeSpan duration, TimeSpan leaseFor, CancellationToken stopLeasing)
    {
        if (stopLeasing.IsCancellationRequested)
        {
            await CompleteAsync(lease, duration);
            return;
        }

        var result = await queue.CompleteAndLeaseNextAsync(lease, duration, workerId, leaseFor, queueOptions.Value.PerUserConcurrency, CancellationToken.None);
        if (!result.Completed)
        {
            logger.LeaseLost(lease.TakeId.Value);
        }

        if (result.Next is { } next)
        {
            _held[workerId] = next;
        }
    }

    // Checkpoint: complete. Fenced by the lease token: if the lease expired and another worker took the job,
    // this changes nothing.
    private async Task CompleteAsync(JobLease lease, TimeSpan duration)
    {
        if (!await queue.CompleteAsync(lease, duration, CancellationToken.None))
        {
            logger.LeaseLost(lease.TakeId.Value);
        }
    }

    // Checkpoint: retry or give up. Passing faults come back after a growing delay until Queue:MaxAttempts;
    // then, like every other failure, the take fails with the reason, and a job that ran out of retries
    // goes to the dead-letter set for the operator.
    private async Task FailAsync(JobLease lease, Error failure, TimeSpan duration)
    {
        var options = queueOptions.Value;
        var delay = RetryPolicy.NextDelay(failure.Kind, lease.Attempt, options, Random.Shared.NextDouble());
        var take = await store.GetAsync(lease.TakeId, CancellationToken.None);
        logger.TakeFailed(lease.TakeId.Value, failure.Kind.ToString(), failure.Message);
        if (delay is { } wait)
        {
            var due = time.GetUtcNow() + wait;
            if (await queue.RetryLaterAsync(lease, due, failure.Message, CancellationToken.None) && take is not null)
            {
                var note = string.Create(CultureInfo.InvariantCulture,
                    $"{failure.Message} Retrying (attempt {lease.Attempt + 1} of {options.MaxAttempts}) at {due:HH:mm:ss} UTC.");
                await UpdateQuietlyAsync(take, t => t with { Status = TakeStatus.Queued, Progress = 0, FailureReason = note });
            }

            return;
        }

        var givenUp = failure.Kind == ErrorKind.Transient
            ? await queue.DeadLetterAsync(lease, failure.Message, CancellationToken.None)
            : await queue.CompleteAsync(lease, duration, CancellationToken.None);
        if (givenUp && take is not null)
        {
            var reason = failure.Kind == ErrorKind.Transient && lease.Attempt > 1
                ? string.Create(CultureInfo.InvariantCulture, $"{failure.Message} Gave up after {lease.Attempt} attempts.")
                : failure.Message;
            await UpdateQuietlyAsync(take, t => t with { Status = TakeStatus.Failed, FailureReason = reason });
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
    // "generating"; the job goes back to the head of its owner's line for the next worker.
    private async Task ReturnToQueueAsync(JobLease lease)
    {
        var take = await store.GetAsync(lease.TakeId, CancellationToken.None);
        if (take is not null && take.Status is TakeStatus.Generating or TakeStatus.Processing)
        {
            await UpdateQuietlyAsync(take, t => t with { Status = TakeStatus.Queued, Progress = 0 });
        }

        if (await queue.ReleaseAsync(lease, CancellationToken.None))
        {
            logger.TakeReleased(lease.TakeId.Value);
        }
    }

    // A take cancelled meanwhile keeps its cancelled status; there is nothing more to record.
    private async Task UpdateQuietlyAsync(Take take, Func<Take, Take> change)
    {
        try
        {
            await updater.UpdateAsync(take, change, CancellationToken.None);
        }
        catch (TakeCancelledException)
        {
            // Cancelled: that status stands.
        }
    }
}
