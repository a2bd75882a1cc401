namespace ClipBot.Discord.Gateway;

/// <summary>
/// The gateway's waits. The defaults are Discord's rules and ClipBot's back-off; the tests shorten them and fix
/// <see cref="Jitter"/> so that a scenario runs in a fraction of a second and the same way every time.
/// </summary>
internal sealed class GatewayTimings
{
    /// <summary>Uniform in [0, 1): spreads first heartbeats and reconnects so that many clients do not move in step.</summary>
    public Func<double> Jitter { get; init; } = Random.Shared.NextDouble;

    /// <summary>The first reconnect's back-off; each failed connection doubles it until <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord asks for a random wait of 1–5 s after an Invalid Session (op 9).</summary>
    public TimeSpan MinInvalidSessionDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxInvalidSessionDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The least time between two Identifies: Discord allows one per 5 s per shard bucket, and 1000 a day before
    /// it resets the token, so a session that keeps failing must not identify in a loop.
    /// </summary>
    public TimeSpan IdentifySpacing { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long opening the socket may take, and then again how long Discord may take to send Hello.</summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a close frame may take to go out before the socket is simply dropped.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Discord's rule: the first heartbeat after <c>heartbeat_interval × jitter</c>.</summary>
    public TimeSpan FirstHeartbeat(TimeSpan interval) => interval * Jitter();

    /// <summary>The wait before a reconnect after <paramref name="failures"/> connections in a row that never got READY or RESUMED: doubling, capped, and jittered down to half.</summary>
    public TimeSpan Backoff(int failures)
    {
        var doubled = FirstBackoff * Math.Pow(2, Math.Min(failures, 30));
        var capped = doubled < MaxBackoff ? doubled : MaxBackoff;
        return capped * (0.5 + (Jitter() / 2));
    }

    public TimeSpan InvalidSessionDelay() =>
        MinInvalidSessionDelay + ((MaxInvalidSessionDelay - MinInvalidSessionDelay) * Jitter());
}
