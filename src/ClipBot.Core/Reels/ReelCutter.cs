using ClipBot.Core.Cuts;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Reels;

/// <summary>
/// Renders a reel's cut from its current leaders (a card for each empty slot) in both renditions, keeps
/// it as the reel's cut, and posts it to every linked channel when asked to.
/// </summary>
internal sealed class ReelCutter(
    IReelStore reels,
    ReelStandings standings,
    ICutRenderer renderer,
    ReelUpdater updater,
    IEnumerable<ICutNotifier> notifiers,
    IOptions<DataOptions> data,
    TimeProvider time,
    ILogger<ReelCutter> logger)
{
    public async Task<Result<Reel>> CutAsync(ReelId id, bool post, CancellationToken cancellationToken)
    {
        var reel = await reels.GetAsync(id, cancellationToken);
        if (reel is null)
        {
            return new Error(ErrorKind.NotFound, $"There is no reel {id}.");
        }

        var started = time.GetTimestamp();
        var ranked = await standings.ForReelAsync(reel, cancellationToken);

        // A re-cut after votes renders only when a winner changed; a posted or final cut is always made.
        var winners = ranked.Select(s => s.Leader?.Take.Id).ToList();
        if (!post && reel.Phase != ReelPhase.Locked && reel.Cut is { Final: false } current && current.Winners.SequenceEqual(winners))
        {
            logger.ReelRecutSkipped(id.Value);
            return reel;
        }

        var shots = ranked.Select(Shot).ToList();
        var full = await RenderAsync(reel, shots, CutRendition.Full, cancellationToken);
        if (!full.IsSuccess)
        {
            return full.Error;
        }

        // The chat-sized cut needs every take's delivery rendition; a take made before the reel had one is re-ingested by nobody, so the cut goes without.
        CutResult? delivery = null;
        if (shots.All(s => s.IsCard || s.DeliveryFile is not null))
        {
            var rendered = await RenderAsync(reel, shots, CutRendition.Delivery, cancellationToken);
            delivery = rendered.IsSuccess ? rendered.Value : null;
        }

        var final = reel.Phase == ReelPhase.Locked;
        var cut = new ReelCut(full.Value.File, delivery?.File, full.Value.DurationSeconds, winners, time.GetUtcNow(), final);
        ReelCut? previous = null;
        var saved = await updater.UpdateAsync(
            id,
            r =>
            {
                // Read inside the change: a cut saved by another node meanwhile is the one this replaces.
                previous = r.Cut;
                return r with { Cut = cut };
            },
            cancellationToken);
        if (!saved.IsSuccess)
        {
            return saved;
        }

        var elapsedMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
        var filled = ranked.Count(s => s.Leader is not null);
        logger.ReelCutRendered(id.Value, elapsedMs, filled, ranked.Count, final);
        if (previous is not null)
        {
            DeleteFiles(previous);
        }

        if (post)
        {
            await PostAsync(saved.Value, cancellationToken);
        }

        return saved;
    }

    private static CutShot Shot(SlotStanding standing)
    {
        var slot = standing.Slot;
        var title = $"Shot {slot.Index}";
        if (standing.Leader?.Take is not { Artifacts: { } files } take)
        {
            return CutShot.Card($"card-{slot.Index}", slot.DurationSeconds, title, slot.Brief);
        }

        return new CutShot(take.Id.Value, files.VideoFile, files.DeliveryFile, slot.DurationSeconds, title, take.Author.DisplayName, take.Parameters.Prompt, take.Parameters.Seed);
    }

    private async Task<Result<CutResult>> RenderAsync(Reel reel, List<CutShot> shots, CutRendition rendition, CancellationToken cancellationToken)
    {
        var request = new CutRequest(reel.Id.Value, shots, reel.Song, reel.Canvas, rendition, reel.TransitionSeconds, reel.CreditsSeconds)
        {
            VerifyEveryFrame = reel.Phase == ReelPhase.Locked,
        };
        var result = await renderer.RenderAsync(request, cancellationToken);
        if (!result.IsSuccess)
        {
            logger.ReelCutFailed(reel.Id.Value, result.Error.Kind.ToString(), result.Error.Message);
        }

        return result;
    }

    private async Task PostAsync(Reel reel, CancellationToken cancellationToken)
    {
        foreach (var channel in reel.Channels)
        {
            var notifier = notifiers.FirstOrDefault(n => string.Equals(n.Platform, channel.Platform, StringComparison.Ordinal));
            if (notifier is null)
            {
                logger.ReelCutNotPosted(reel.Id.Value, channel.Platform, "no adapter for the platform is running");
                continue;
            }

            // One channel failing must not keep the cut from the others, not even by throwing: the timer would
            // then run again and post the cut a second time to the channels that had it.
            Result<bool> posted;
            try
            {
                posted = await notifier.PostCutAsync(reel, channel, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.ReelCutPostFailed(exception, reel.Id.Value, channel.Platform);
                continue;
            }

            if (!posted.IsSuccess)
            {
                logger.ReelCutNotPosted(reel.Id.Value, channel.Platform, posted.Error.Message);
            }
        }
    }

    /// <summary>The previous cut's files go once the new one is saved; links in chat point at the reel, not at a file.</summary>
    private void DeleteFiles(ReelCut cut)
    {
        foreach (var file in new[] { cut.File, cut.DeliveryFile })
        {
            if (file is null)
            {
                continue;
            }

            try
            {
                File.Delete(Path.Combine(data.Value.MediaPath, file));
            }
            catch (IOException exception)
            {
                logger.ReelCutNotDeleted(exception, file);
            }
            catch (UnauthorizedAccessException exception)
            {
                logger.ReelCutNotDeleted(exception, file);
            }
        }
    }
}
