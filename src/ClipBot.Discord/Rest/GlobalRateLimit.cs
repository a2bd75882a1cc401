namespace ClipBot.Discord.Rest;

/// <summary>
/// The limits over all routes (D8). Bot-authorized requests go at most 50 in any second: a sliding window,
/// because a token bucket of 50 (as System.Threading.RateLimiting's limiters are, on a wall-clock timer that
/// ignores <see cref="TimeProvider"/>) lets up to 100 through across a second's edge. A global 429 pauses
/// every request until its <c>retry_after</c> has passed.
/// </summary>
internal sealed class GlobalRateLimit(TimeProvider time)
{
    public const int RequestsPerSecond = 50;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();

    // When each request of the last second went, oldest first (time.GetTimestamp()).
    private readonly Queue<long> _sent = new(RequestsPerSecond);

    private DateTimeOffset _pausedUntil;

    /// <summary>How long a global 429 still holds requests.</summary>
    public TimeSpan PauseLeft()
    {
        lock (_gate)
        {
            var left = _pausedUntil - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>A global 429: nothing goes for <paramref name="retryAfter"/>.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    /// <summary>Waits until a bot request fits the last second's 50, then counts it.</summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetTimestamp();
                while (_sent.Count > 0 && time.GetElapsedTime(_sent.Peek(), now) >= Window)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < RequestsPerSecond)
                {
                    _sent.Enqueue(now);
                    return;
                }

                wait = Window - time.GetElapsedTime(_sent.Peek(), now);
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
