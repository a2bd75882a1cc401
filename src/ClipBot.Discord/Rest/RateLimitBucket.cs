namespace ClipBot.Discord.Rest;

/// <summary>
/// One per-route limit: how many requests are left and when the count resets. One request is in flight per
/// bucket at a time (its <see cref="Gate"/>), so each response's headers are the truth for the next request
/// and a bucket never learns about its limit too late. The state has a lock of its own all the same: a route
/// that finds its hash's bucket already there updates that bucket while holding its own gate.
/// </summary>
internal sealed class RateLimitBucket : IDisposable
{
    private readonly Lock _state = new();
    private int? _remaining;
    private int? _limit;
    private DateTimeOffset _resetAt;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Callers holding or awaiting the gate; guarded by <see cref="RouteBuckets"/>' lock.</summary>
    public int Users { get; set; }

    /// <summary>When the last holder let go; guarded by <see cref="RouteBuckets"/>' lock.</summary>
    public DateTimeOffset LastUsed { get; set; }

    public DateTimeOffset ResetAt
    {
        get
        {
            lock (_state)
            {
                return _resetAt;
            }
        }
    }

    /// <summary>How long the next request must wait: until the reset when none are left, else not at all.</summary>
    public TimeSpan WaitBefore(DateTimeOffset now)
    {
        lock (_state)
        {
            if (_remaining is not 0)
            {
                return TimeSpan.Zero;
            }

            if (_resetAt > now)
            {
                return _resetAt - now;
            }

            // The window passed: the count is full again until a response says otherwise.
            _remaining = _limit;
            return TimeSpan.Zero;
        }
    }

    /// <summary>Takes a response's headers; a response without them leaves the bucket unlimited.</summary>
    public void Update(RateLimitHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        lock (_state)
        {
            _limit = headers.Limit;
            _remaining = headers.Remaining;
            _resetAt = headers.ResetAfter is { } resetAfter ? now + resetAfter : now;
        }
    }

    /// <summary>A 429 on this bucket: nothing goes until <paramref name="until"/>.</summary>
    public void Exhaust(DateTimeOffset until)
    {
        lock (_state)
        {
            _remaining = 0;
            if (until > _resetAt)
            {
                _resetAt = until;
            }
        }
    }

    public void Dispose() => Gate.Dispose();
}
