namespace ClipBot.Discord;

/// <summary>
/// A sliding-window count of sends, shared by Discord's limits (50 REST requests in any second, 120 gateway
/// frames in any 60 s): no window-long span ever holds more than the limit, where a token bucket lets up to
/// twice its size through across a window's edge.
/// </summary>
internal sealed class SlidingWindow(TimeProvider time, TimeSpan window, int capacity)
{
    private readonly Lock _gate = new();

    // When each send of the last window went, oldest first (time.GetTimestamp()).
    private readonly List<long> _sent = new(capacity);

    /// <summary>Waits until fewer than <paramref name="limit"/> sends (at most the capacity) are in the window, then counts one.</summary>
    public async Task WaitAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, capacity);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetTimestamp();
                var current = _sent.FindIndex(sent => time.GetElapsedTime(sent, now) < window);
                _sent.RemoveRange(0, current < 0 ? _sent.Count : current);
                if (_sent.Count < limit)
                {
                    _sent.Add(now);
                    return;
                }

                // Room comes when enough of the window's oldest sends have aged out to leave the count below the limit.
                wait = window - time.GetElapsedTime(_sent[_sent.Count - limit], now);
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
