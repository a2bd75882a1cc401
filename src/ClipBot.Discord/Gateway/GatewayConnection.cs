using System.Buffers;
using System.Net.WebSockets;

namespace ClipBot.Discord.Gateway;

/// <summary>
/// One gateway socket: whole messages in (fragments joined until EndOfMessage), frames out one at a time
/// within the send budget, and a close that never waits long on a peer that stopped answering.
/// </summary>
internal sealed class GatewayConnection : IDisposable
{
    // As Discord.Net: most frames fit one read; READY for a bot in many guilds takes a few.
    private const int ReceiveBufferBytes = 16 * 1024;

    // Far above any real frame (READY with intents 0 carries only guild stubs); only a broken peer gets here.
    private const int MaxMessageBytes = 16 * 1024 * 1024;

    private readonly ClientWebSocket _socket;
    private readonly GatewaySendLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly TimeSpan _closeTimeout;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _message = new(ReceiveBufferBytes);

    private GatewayConnection(ClientWebSocket socket, TimeProvider time, TimeSpan closeTimeout)
    {
        _socket = socket;
        _time = time;
        _limiter = new GatewaySendLimiter(time);
        _closeTimeout = closeTimeout;
    }

    /// <summary>The close code the peer sent, once <see cref="ReceiveAsync"/> has returned null.</summary>
    public int? CloseStatus => (int?)_socket.CloseStatus;

    public static async Task<GatewayConnection> ConnectAsync(Uri uri, GatewayTimings timings, TimeProvider time, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            // The gateway's heartbeat is the keep-alive; WebSocket pings on top would only add traffic.
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            using var timeout = new CancellationTokenSource(timings.HandshakeTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            await socket.ConnectAsync(uri, linked.Token);
            return new GatewayConnection(socket, time, timings.CloseTimeout);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The next whole message, valid until the next call; null when the peer closed (see <see cref="CloseStatus"/>).</summary>
    /// <exception cref="WebSocketException">The connection dropped.</exception>
    /// <exception cref="InvalidDataException">A message over 16 MiB.</exception>
    public async Task<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _message.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_message.GetMemory(ReceiveBufferBytes), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _message.Advance(result.Count);
            if (_message.WrittenCount > MaxMessageBytes)
            {
                throw new InvalidDataException($"A gateway message over {MaxMessageBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return _message.WrittenMemory;
            }
        }
    }

    public async Task SendAsync(byte[] frame, bool heartbeat, CancellationToken cancellationToken)
    {
        // The budget before the lock: a frame waiting for budget must not hold up a heartbeat that has some.
        await _limiter.WaitAsync(heartbeat, cancellationToken);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends a close frame with <paramref name="code"/>, waiting no longer than the close timeout, and never
    /// throws: a peer that does not take the frame is gone already. Safe while a receive is pending.
    /// </summary>
    public async Task SendCloseAsync(int code)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(_closeTimeout, _time);
        try
        {
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, null, timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // Disposing the connection drops the socket, which ends it as well.
        }
    }

    /// <summary>
    /// Closes with <paramref name="code"/> and, when ClipBot started the close, reads on (discarding) until the
    /// peer's close frame or the close timeout, so that the code is delivered before the socket goes. Only when
    /// no receive is pending. Never throws.
    /// </summary>
    public async Task CloseAsync(int code)
    {
        await SendCloseAsync(code);
        if (_socket.State != WebSocketState.CloseSent)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(_closeTimeout, _time);
        try
        {
            while (await ReceiveAsync(timeout.Token) is not null)
            {
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or InvalidDataException)
        {
            // The peer did not answer the close in time; disposing drops the socket.
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _sendLock.Dispose();
    }
}
