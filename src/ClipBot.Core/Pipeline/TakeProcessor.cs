using ClipBot.Core.Generation;
using ClipBot.Core.Media;
using ClipBot.Core.Notifications;
using ClipBot.Core.Queue;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Pipeline;

/// <summary>
/// Makes and posts one leased take: generate, ingest, post. Each step is saved before the next starts, so
/// a job that is leased again after a crash resumes from what is known (a ready take is only posted).
/// Failures are returned, not recorded: the runner decides between a retry and giving up.
/// </summary>
internal sealed class TakeProcessor(
    ITakeStore store,
    IVideoGenerator generator,
    IMediaIngest ingest,
    IEnumerable<ITakeNotifier> notifiers,
    IReelStore reels,
    IOptions<ReelOptions> reelOptions,
    TakeUpdater updater,
    IOptions<DataOptions> data,
    TimeProvider time,
    ILogger<TakeProcessor> logger)
{
    public const string UnexpectedFailure = "Something went wrong while making this clip.";

    private const int PostedSaveAttempts = 5;

    private const long MinDeliveryBitsPerSecond = 100_000;
    private const long MaxDeliveryBitsPerSecond = 2_000_000;

    /// <summary>
    /// Runs one attempt. <paramref name="stillOwned"/> renews the lease and says whether this worker still
    /// holds it; a lease lost before posting ends the attempt quietly, as the job is another worker's now.
    /// Cancellation (shutdown, a lost lease, the author's /cancel) throws.
    /// </summary>
    public async Task<ProcessOutcome> ProcessAsync(JobLease lease, Func<CancellationToken, Task<bool>> stillOwned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(stillOwned);
        var take = await store.GetAsync(lease.TakeId, cancellationToken);
        if (take is null)
        {
            logger.TakeMissing(lease.TakeId.Value);
            return ProcessOutcome.Done;
        }

        if (take.Status.IsFinal())
        {
            return ProcessOutcome.Done;
        }

        logger.TakeLeased(take.Id.Value, lease.Attempt);
        var workDirectory = Path.Combine(data.Value.WorkPath, take.Id.Value);
        try
        {
            if (take.Status != TakeStatus.Ready)
            {
                var made = await MakeAsync(take, workDirectory, cancellationToken);
                if (!made.IsSuccess)
                {
                    return ProcessOutcome.Failed(made.Error);
                }

                take = made.Value;
            }

            // Checkpoint: the clip is ready and saved. Post only while this worker still owns the job, so a
            // worker that stalled past its lease does not post a take that its successor posts as well.
            if (!await stillOwned(cancellationToken))
            {
                logger.LeaseLost(take.Id.Value);
                return ProcessOutcome.Done;
            }

            return await PostAsync(take, cancellationToken);
        }
        // A cancellation nobody asked for (a provider's HTTP timeout) is a failure like any other; only the
        // worker's own token (shutdown, a lost lease, /cancel) stops the attempt without a verdict.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (exception is TakeCancelledException)
            {
                throw;
            }

            logger.TakeCrashed(exception, take.Id.Value);
            return ProcessOutcome.Failed(new Error(ErrorKind.Transient, UnexpectedFailure));
        }
        finally
        {
            DeleteQuietly(workDirectory);
        }
    }

    private async Task<Result<Take>> MakeAsync(Take take, string workDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workDirectory);
        take = await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Generating, Progress = 0 }, cancellationToken);

        Result<string> generated;
        await using (var progress = new ProgressPump(take, updater, time, cancellationToken))
        {
            generated = await generator.GenerateAsync(new GenerationRequest(take.Id, take.Parameters, workDirectory), progress, cancellationToken);
        }

        if (!generated.IsSuccess)
        {
            return generated.Error;
        }

        take = await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Processing, Progress = 100 }, cancellationToken);
        var profile = await ProfileAsync(take, cancellationToken);
        var artifacts = await ingest.IngestAsync(take.Id, generated.Value, profile, cancellationToken);
        if (!artifacts.IsSuccess)
        {
            return artifacts.Error;
        }

        return await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Ready, Artifacts = artifacts.Value, FailureReason = null }, cancellationToken);
    }

    /// <summary>
    /// A take on its own keeps its length at its aspect's canvas. A reel's take is fitted to the reel's
    /// canvas and its slot, and gets a delivery rendition at the reel's bit budget, so that the reel's cuts
    /// join by stream copy and the chat-sized one fits the cap.
    /// </summary>
    private async Task<IngestProfile> ProfileAsync(Take take, CancellationToken cancellationToken)
    {
        if (take.Reel is not { } id || take.Parameters.Slot is not { } index
            || await reels.GetAsync(id, cancellationToken) is not { } reel || reel.FindSlot(index) is not { } slot)
        {
            return new IngestProfile(Canvas.For(take.Parameters.Aspect));
        }

        var audio = reel.Song is null ? 0 : Songs.Song.DeliveryAudioBitsPerSecond;
        var budget = IngestProfile.DeliveryBudget(reelOptions.Value.DeliveryCapBytes, reel.DurationSeconds, audio);

        // Below the lowest sane rate a long song's chat cut is not worth making: chat gets a link to the Studio's.
        // Above the highest, a short song would only make the chat-sized files bigger, not better.
        long? delivery = budget < MinDeliveryBitsPerSecond ? null : Math.Min(budget, MaxDeliveryBitsPerSecond);
        return new IngestProfile(reel.Canvas, slot.DurationSeconds, delivery);
    }

    private async Task<ProcessOutcome> PostAsync(Take take, CancellationToken cancellationToken)
    {
        var notifier = notifiers.FirstOrDefault(n => string.Equals(n.Platform, take.Channel.Platform, StringComparison.Ordinal));
        if (notifier is null)
        {
            logger.NoNotifier(take.Channel.Platform, take.Id.Value);
            return ProcessOutcome.Done;
        }

        var posted = await notifier.PostAsync(take, cancellationToken);
        if (!posted.IsSuccess)
        {
            return ProcessOutcome.Failed(posted.Error);
        }

        await MarkPostedAsync(take, cancellationToken);
        return ProcessOutcome.Done;
    }

    // Checkpoint: posted. The post is out; if saving that fact failed, a retry of the job would post the take
    // a second time. So the save itself is retried for a while (a store restart takes seconds) before the
    // attempt fails.
    private async Task MarkPostedAsync(Take take, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Posted }, cancellationToken);
                return;
            }
            catch (Exception exception) when (attempt < PostedSaveAttempts && exception is not OperationCanceledException)
            {
                logger.PostedSaveFailed(exception, take.Id.Value, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt), time, cancellationToken);
            }
        }
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
