namespace ClipBot.Discord.Gateway;

/// <summary>
/// What the receive loop and the heartbeat of one connection share: the socket, its heartbeat, the Hello that
/// starts the beat, what the connection was opened to do, and the source that cuts its receive short.
/// </summary>
internal sealed class GatewayConnectionScope(
    GatewayConnection connection,
    GatewayHeartbeat heartbeat,
    GatewayNext plan,
    CancellationTokenSource end)
{
    public GatewayConnection Connection { get; } = connection;

    public GatewayHeartbeat Heartbeat { get; } = heartbeat;

    /// <summary>Identify for a new session, Resume for the kept one.</summary>
    public GatewayNext Plan { get; } = plan;

    /// <summary>Set with the heartbeat interval when Hello comes.</summary>
    public TaskCompletionSource<TimeSpan> Hello { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Cancelled to cut the receive: shortly after a close frame went out unanswered, or when the connection is over.</summary>
    public CancellationTokenSource End { get; } = end;
}
