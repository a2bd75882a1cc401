using ClipBot.Core.Reels;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>
/// Reel timers in a dictionary, as <see cref="IReelTimers"/> says: one per reel and kind; a new time keeps the
/// earlier one unless it replaces it; a time set while the timer runs is kept and set when the run completes;
/// a taken timer runs under a lease and is due again when the lease ends; a stale token completes nothing.
/// </summary>
internal sealed class InMemoryReelTimers : IReelTimers
{
    private readonly Lock _gate = new();

    // At is when the timer is due; while it runs (Token set), when its lease ends. Kept is the time set during the run.
    private readonly Dictionary<(ReelId, ReelTimer), (DateTimeOffset At, long? Token, DateTimeOffset? Kept)> _timers = [];
    private long _tokens;

    /// <summary>When the reel's timer of this kind is due; null when none waits (none is set, or it is running).</summary>
    public DateTimeOffset? Scheduled(ReelId reel, ReelTimer kind)
    {
        lock (_gate)
        {
            return _timers.TryGetValue((reel, kind), out var timer) && timer.Token is null ? timer.At : null;
        }
    }

    /// <summary>Whether the reel has a timer of this kind at all: waiting, or running and not completed.</summary>
    public bool Has(ReelId reel, ReelTimer kind)
    {
        lock (_gate)
        {
            return _timers.ContainsKey((reel, kind));
        }
    }

    public Task ScheduleAsync(ReelId reel, ReelTimer kind, DateTimeOffset at, bool replace, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_timers.TryGetValue((reel, kind), out var timer))
            {
                _timers[(reel, kind)] = (at, null, null);
            }
            else if (timer.Token is not null)
            {
                _timers[(reel, kind)] = timer with { Kept = Pick(timer.Kept, at, replace) };
            }
            else
            {
                _timers[(reel, kind)] = timer with { At = Pick(timer.At, at, replace) };
            }
        }

        return Task.CompletedTask;
    }

    public Task CancelAsync(ReelId reel, ReelTimer kind, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_timers.TryGetValue((reel, kind), out var timer) && timer.Token is not null)
            {
                // The run goes on and completes by its token; only the time kept for after it goes.
                _timers[(reel, kind)] = timer with { Kept = null };
            }
            else
            {
                _timers.Remove((reel, kind));
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DueTimer>> TakeDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var due = _timers.Where(t => t.Value.At <= now).OrderBy(t => t.Value.At).Take(max).ToList();
            var taken = new List<DueTimer>(due.Count);
            foreach (var ((reel, kind), timer) in due)
            {
                var token = ++_tokens;
                _timers[(reel, kind)] = (now + lease, token, timer.Kept);
                taken.Add(new DueTimer(reel, kind, token));
            }

            return Task.FromResult<IReadOnlyList<DueTimer>>(taken);
        }
    }

    public Task CompleteAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        lock (_gate)
        {
            if (_timers.TryGetValue((timer.Reel, timer.Kind), out var running) && running.Token == timer.Token)
            {
                if (running.Kept is { } kept)
                {
                    _timers[(timer.Reel, timer.Kind)] = (kept, null, null);
                }
                else
                {
                    _timers.Remove((timer.Reel, timer.Kind));
                }
            }
        }

        return Task.CompletedTask;
    }

    private static DateTimeOffset Pick(DateTimeOffset? current, DateTimeOffset at, bool replace) =>
        replace || current is not { } earlier || at < earlier ? at : earlier;
}
