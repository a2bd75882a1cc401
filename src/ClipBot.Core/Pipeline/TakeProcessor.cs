using ClipBot.Core.Generation;
using ClipBot.Core.Media;
using ClipBot.Core.Notifications;
using ClipBot.Core.Queue;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Pipeline;

/// <summary>
/// Runs one leased job: generate, ingest, post. Each step is saved before the next starts, so a job
/// that is leased again after a crash resumes from what is known (a ready take is only posted).
/// </summary>
internal sealed class TakeProcessor(
    ITakeStore store,
    IVideoGenerator generator,
    IMediaIngest ingest,
    IEnumerable<ITakeNotifier> notifiers,
    TakeUpdater updater,
    IOptions<DataOptions> data,
    TimeProvider time,
    ILogger<TakeProcessor> logger)
{
    public const string UnexpectedFailure = "Something went wrong while making this clip. Try again in a moment.";

    /// <summary>
    /// Processes the job to a final status. <paramref name="stillOwned"/> renews the lease and says whether this
    /// worker still holds it; cancellation (shutdown or a lost lease) throws and leaves the take as it was.
    /// </summary>
    public async Task ProcessAsync(JobLease lease, Func<CancellationToken, Task<bool>> stillOwned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(stillOwned);
        var take = await store.GetAsync(lease.TakeId, cancellationToken);
        if (take is null)
        {
            logger.TakeMissing(lease.TakeId.Value);
            return;
        }

        if (take.Status.IsFinal())
        {
            return;
        }

        var started = time.GetTimestamp();
        logger.TakeLeased(take.Id.Value, lease.Attempt);
        var workDirectory = Path.Combine(data.Value.WorkPath, take.Id.Value);
        try
        {
            if (take.Status != TakeStatus.Ready)
            {
                take = await MakeAsync(take, workDirectory, cancellationToken);
                if (take.Status != TakeStatus.Ready)
                {
                    return;
                }
            }

            // Checkpoint: the clip is ready and saved. Post only while this worker still owns the job, so a
            // worker that stalled past its lease does not post a take that its successor posts as well.
            if (await stillOwned(cancellationToken))
            {
                await PostAsync(take, cancellationToken);
                var elapsed = time.GetElapsedTime(started);
                logger.TakePosted(take.Id.Value, (long)elapsed.TotalMilliseconds);
            }
        }
        // A cancellation nobody asked for (a provider's HTTP timeout) is a failure like any other; only this
        // worker's own token (shutdown or a lost lease) leaves the take for the next attempt.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.TakeCrashed(exception, take.Id.Value);
            await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Failed, FailureReason = UnexpectedFailure }, CancellationToken.None);
        }
        finally
        {
            DeleteQuietly(workDirectory);
        }
    }

    private async Task<Take> MakeAsync(Take take, string workDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workDirectory);
        take = await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Generating, Progress = 0, FailureReason = null }, cancellationToken);

        Result<string> generated;
        await using (var progress = new ProgressPump(take, updater, time, cancellationToken))
        {
            generated = await generator.GenerateAsync(new GenerationRequest(take.Id, take.Parameters, workDirectory), progress, cancellationToken);
        }

        if (!generated.IsSuccess)
        {
            return await FailAsync(take, generated.Error, cancellationToken);
        }

        take = await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Processing, Progress = 100 }, cancellationToken);
        var artifacts = await ingest.IngestAsync(take.Id, generated.Value, cancellationToken);
        if (!artifacts.IsSuccess)
        {
            return await FailAsync(take, artifacts.Error, cancellationToken);
        }

        return await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Ready, Artifacts = artifacts.Value }, cancellationToken);
    }

    private async Task PostAsync(Take take, CancellationToken cancellationToken)
    {
        var notifier = notifiers.FirstOrDefault(n => string.Equals(n.Platform, take.Channel.Platform, StringComparison.Ordinal));
        if (notifier is null)
        {
            logger.NoNotifier(take.Channel.Platform, take.Id.Value);
            return;
        }

        var posted = await notifier.PostAsync(take, cancellationToken);
        if (posted.IsSuccess)
        {
            await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Posted }, cancellationToken);
        }
        else
        {
            await FailAsync(take, posted.Error, cancellationToken);
        }
    }

    private async Task<Take> FailAsync(Take take, Error error, CancellationToken cancellationToken)
    {
        logger.TakeFailed(take.Id.Value, error.Kind.ToString(), error.Message);
        return await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Failed, FailureReason = error.Message }, cancellationToken);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Scratch space; a leftover folder is harmless and is replaced on the next attempt.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
