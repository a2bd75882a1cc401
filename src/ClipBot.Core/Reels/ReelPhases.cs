using ClipBot.Core.Results;
using Microsoft.Extensions.Logging;

namespace ClipBot.Core.Reels;

/// <summary>
/// Moves a reel between phases, for an admin's command and for the schedule alike, and sets the timers
/// that follow: the scheduled next phase, and a cut whenever voting starts or the reel locks.
/// </summary>
internal sealed class ReelPhases(ReelUpdater updater, IReelTimers timers, TimeProvider time, ILogger<ReelPhases> logger)
{
    /// <summary>The phase <paramref name="phase"/> moves on to when scheduled with --until; null for locked.</summary>
    public static ReelPhase? Successor(ReelPhase phase) => phase switch
    {
        ReelPhase.Open => ReelPhase.Voting,
        ReelPhase.Voting => ReelPhase.Locked,
        _ => null,
    };

    /// <summary>
    /// Puts the reel in <paramref name="phase"/>; with <paramref name="until"/>, the bot moves it on to the
    /// next phase at that time. <paramref name="expected"/> makes the change conditional (a scheduled change
    /// applies only if nobody changed the phase since it was set).
    /// </summary>
    public async Task<Result<Reel>> ChangeAsync(
        ReelId id, ReelPhase phase, DateTimeOffset? until, CancellationToken cancellationToken, PhaseSchedule? expected = null)
    {
        var now = time.GetUtcNow();
        if (until is { } end && end <= now)
        {
            return Error.Invalid("That time has passed; give a time in the future.");
        }

        var updated = await updater.UpdateAsync(
            id,
            reel =>
            {
                if (expected is not null && reel.Schedule != expected)
                {
                    return new Error(ErrorKind.Cancelled, "The schedule changed.");
                }

                if (reel.Phase == phase && until is null)
                {
                    return Error.Invalid($"“{reel.Name}” is already {Describe(phase)}.");
                }

                var next = until is { } at && Successor(phase) is { } successor ? new PhaseSchedule(successor, at) : null;
                return reel with { Phase = phase, Schedule = next };
            },
            cancellationToken);
        if (!updated.IsSuccess)
        {
            return updated;
        }

        var reelNow = updated.Value;
        if (reelNow.Schedule is { } schedule)
        {
            await timers.ScheduleAsync(id, ReelTimer.Phase, schedule.At, replace: true, cancellationToken);
        }
        else
        {
            await timers.CancelAsync(id, ReelTimer.Phase, cancellationToken);
        }

        // Voting starts with a cut of the leaders so far for the Studio, unless the tallies are hidden (the cut
        // would show who leads); locking makes the final one and posts it.
        if (phase == ReelPhase.Locked)
        {
            await timers.ScheduleAsync(id, ReelTimer.PostCut, now, replace: true, cancellationToken);
        }
        else if (phase == ReelPhase.Voting && !reelNow.Rules.HideTallies)
        {
            await timers.ScheduleAsync(id, ReelTimer.Recut, now, replace: true, cancellationToken);
        }

        logger.ReelPhaseChanged(id.Value, phase);
        return reelNow;
    }

    public static string Describe(ReelPhase phase) => phase switch
    {
        ReelPhase.Open => "open for takes",
        ReelPhase.Voting => "in voting",
        ReelPhase.Locked => "locked",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Unknown phase."),
    };
}
