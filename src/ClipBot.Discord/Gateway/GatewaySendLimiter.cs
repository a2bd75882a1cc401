namespace ClipBot.Discord.Gateway;

/// <summary>
/// Discord's send budget of one connection: 120 frames in any 60 s, heartbeats included; one more and Discord
/// disconnects. A sliding window, so no 60 s span ever holds more than the budget. As Discord.Net does, other
/// frames leave the last three sends to heartbeats, so that a burst can never make a heartbeat late and the
/// connection look dead.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time)
{
    public const int SendsPerWindow = 120;

    public const int HeartbeatReserve = 3;

    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Lock _gate = new();

    // When each send of the last window went, oldest first (time.GetTimestamp()).
    private readonly List<long> _sent = new(SendsPerWindow);

    /// <summary>Waits until the frame fits the budget, then counts it as sent.</summary>
    public async Task WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        var limit = heartbeat ? SendsPerWindow : SendsPerWindow - HeartbeatReserve;
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetTimestamp();
                var expired = _sent.FindIndex(sent => time.GetElapsedTime(sent, now) < Window);
                _sent.RemoveRange(0, expired < 0 ? _sent.Count : expired);
                if (_sent.Count < limit)
                {
                    _sent.Add(now);
                    return;
                }

                // Room comes when enough of the window's oldest sends have aged out to leave the count below the limit.
                wait = Window - time.GetElapsedTime(_sent[_sent.Count - limit], now);
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
