namespace ClipBot.Discord.Rest;

/// <summary>
/// The limits over all routes (D8). Bot-authorized requests go at most 50 in any second, counted in a
/// <see cref="SlidingWindow"/> (System.Threading.RateLimiting's limiters run on a wall-clock timer that ignores
/// <see cref="TimeProvider"/>). A global 429 pauses every request until its <c>retry_after</c> has passed.
/// </summary>
internal sealed class GlobalRateLimit(TimeProvider time)
{
    public const int RequestsPerSecond = 50;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly SlidingWindow _window = new(time, Window, RequestsPerSecond);

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
    public Task WaitTurnAsync(CancellationToken cancellationToken) => _window.WaitAsync(RequestsPerSecond, cancellationToken);
}
