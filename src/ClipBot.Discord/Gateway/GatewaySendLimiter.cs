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

    private readonly SlidingWindow _window = new(time, Window, SendsPerWindow);

    /// <summary>Waits until the frame fits the budget, then counts it as sent.</summary>
    public Task WaitAsync(bool heartbeat, CancellationToken cancellationToken) =>
        _window.WaitAsync(heartbeat ? SendsPerWindow : SendsPerWindow - HeartbeatReserve, cancellationToken);
}
