namespace ClipBot.Discord.Gateway;

/// <summary>
/// The heartbeat of one connection, by Discord's rules: the first after <c>interval × jitter</c>, then every
/// interval, each carrying the last sequence number; a beat due while the previous one has no ACK means the
/// connection is a zombie.
/// </summary>
internal sealed class GatewayHeartbeat(GatewayConnection connection, Func<long?> lastSequence, GatewayTimings timings, TimeProvider time)
{
    // 1 while the last beat is acknowledged; the first beat has nothing to wait for.
    private int _acknowledged = 1;

    public void Acknowledge() => Volatile.Write(ref _acknowledged, 1);

    /// <summary>A beat out of turn, as Discord asks with op 1; it leaves the schedule and the ACK check alone.</summary>
    public Task BeatNowAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(GatewayPayloads.Heartbeat(lastSequence()), heartbeat: true, cancellationToken);

    /// <summary>Beats until the connection turns out a zombie (then returns) or <paramref name="cancellationToken"/> ends it.</summary>
    public async Task RunUntilZombieAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        await Task.Delay(timings.FirstHeartbeat(interval), time, cancellationToken);
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            if (Interlocked.Exchange(ref _acknowledged, 0) == 0)
            {
                return;
            }

            await BeatNowAsync(cancellationToken);
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}
