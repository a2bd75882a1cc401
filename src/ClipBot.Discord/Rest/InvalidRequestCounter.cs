using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Rest;

/// <summary>
/// Counts Discord's 401, 403 and 429 answers over a sliding ten minutes. Discord's Cloudflare bans the IP for
/// a while at 10,000 of them in 10 minutes (D8; 429s of the shared scope excepted), and a ban takes every
/// bot on the host offline, so ClipBot slows down long before that: from <see cref="SlowDownAt"/> requests go
/// one per <see cref="SlowSpacing"/>, and from <see cref="RefuseAt"/> none go until the window drains.
/// </summary>
internal sealed class InvalidRequestCounter(TimeProvider time, ILogger<InvalidRequestCounter> logger)
{
    public const int BanThreshold = 10_000;

    /// <summary>A tenth of the ban: far above what a healthy bot sees, far below the ban.</summary>
    public const int SlowDownAt = 1_000;

    /// <summary>Half the ban: past here even one request a second could not be trusted to stay clear.</summary>
    public const int RefuseAt = 5_000;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>One request a second is at most 600 in the window, so slowed down the count can't climb to the ban.</summary>
    public static readonly TimeSpan SlowSpacing = TimeSpan.FromSeconds(1);

    /// <summary>Slowed down, a request that would queue longer than this is refused instead of held.</summary>
    public static readonly TimeSpan MaxQueue = TimeSpan.FromSeconds(60);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _refusals = new();
    private DateTimeOffset _nextSlot;
    private State _state;

    private enum State
    {
        Normal,
        Slowed,
        Refusing,
    }

    /// <summary>The 401/403/429 answers of the last ten minutes.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                Trim(time.GetUtcNow());
                return _refusals.Count;
            }
        }
    }

    /// <summary>Counts one 401, 403 or (not shared) 429 answer.</summary>
    public void Record()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _refusals.Enqueue(now);
            Trim(now);
        }
    }

    /// <summary>
    /// Whether a request may go: false while the count is at <see cref="RefuseAt"/> or more (or the slowed
    /// queue is full); otherwise true, with the <paramref name="delay"/> to hold it first (zero when the count is
    /// below <see cref="SlowDownAt"/>).
    /// </summary>
    public bool TryAdmit(out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            Trim(now);
            switch (_state)
            {
                case State.Refusing:
                    return false;
                case State.Slowed:
                    var slot = _nextSlot > now ? _nextSlot : now;
                    if (slot - now > MaxQueue)
                    {
                        return false;
                    }

                    _nextSlot = slot + SlowSpacing;
                    delay = slot - now;
                    return true;
                default:
                    return true;
            }
        }
    }

    // Drops what left the window and logs a change of state, once per change.
    private void Trim(DateTimeOffset now)
    {
        while (_refusals.Count > 0 && now - _refusals.Peek() >= Window)
        {
            _refusals.Dequeue();
        }

        var count = _refusals.Count;
        var state = count >= RefuseAt ? State.Refusing : count >= SlowDownAt ? State.Slowed : State.Normal;
        if (state == _state)
        {
            return;
        }

        _state = state;
        switch (state)
        {
            case State.Refusing:
                logger.InvalidRequestsRefusing(count, RefuseAt, BanThreshold);
                break;
            case State.Slowed:
                logger.InvalidRequestsSlowing(count, (long)SlowSpacing.TotalMilliseconds, BanThreshold);
                break;
            default:
                logger.InvalidRequestsCleared(count);
                break;
        }
    }
}
