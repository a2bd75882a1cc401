using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Gateway;

/// <summary>One connection: Hello, Identify or Resume, the heartbeat beside the receive loop, and how it ends.</summary>
internal sealed partial class DiscordGateway
{
    private async Task<GatewayDisconnect> RunConnectionAsync(GatewayConnection connection, GatewayNext plan, CancellationToken stoppingToken)
    {
        // Its own source, not linked to stoppingToken: at shutdown the close frame goes out before the receive is cut.
        using var connectionEnd = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        var scope = new GatewayConnectionScope(connection, new GatewayHeartbeat(connection, LastSequence, timings, time), plan, connectionEnd);
        var keepAlive = KeepAliveAsync(scope);

        // 1000 ends the session at once, so the bot shows offline instead of lingering until the session times out.
        var stopping = Task.CompletedTask;
        var registration = stoppingToken.Register(() => stopping = EndConnectionAsync(scope, (int)WebSocketCloseStatus.NormalClosure));
        GatewayDisconnect? end = null;
        GatewayDisconnect? heartbeatEnd;
        try
        {
            end = await ReceiveUntilEndAsync(scope, stoppingToken);
        }
        catch (OperationCanceledException) when (connectionEnd.IsCancellationRequested)
        {
            // Ended by the heartbeat (it says why) or by the shutdown.
        }
        catch (WebSocketException exception)
        {
            end = new GatewayDisconnect(GatewayNext.Resume, $"the connection dropped ({exception.WebSocketErrorCode})");
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException)
        {
            logger.UnreadableFrame(exception);
            await connection.CloseAsync(GatewayCloseCodes.Reconnecting);
            end = new GatewayDisconnect(GatewayNext.Resume, "an unreadable frame");
        }
        finally
        {
            // Disposing the registration waits for a shutdown callback that is running, so stopping is final here.
            await registration.DisposeAsync();
            await stopping;

            // The heartbeat is done with the socket before the caller disposes it, whatever ended the receive.
            await connectionEnd.CancelAsync();
            heartbeatEnd = await keepAlive;
        }

        stoppingToken.ThrowIfCancellationRequested();
        return heartbeatEnd ?? end ?? new GatewayDisconnect(GatewayNext.Resume, "the connection ended");
    }

    /// <summary>Reads frames until one ends the connection; whatever ends it, the close frame has gone out on return.</summary>
    private async Task<GatewayDisconnect> ReceiveUntilEndAsync(GatewayConnectionScope scope, CancellationToken stoppingToken)
    {
        while (true)
        {
            if (await scope.Connection.ReceiveAsync(scope.End.Token) is not { } message)
            {
                var code = scope.Connection.CloseStatus;
                await scope.Connection.CloseAsync(GatewayCloseCodes.Reconnecting);
                var next = GatewayCloseCodes.Next(code);
                var reason = next == GatewayNext.Stop
                    ? $"Discord closed the connection with {code}, {GatewayCloseCodes.Describe(code!.Value)}"
                    : $"Discord closed the connection with {code?.ToString() ?? "no code"}";
                return new GatewayDisconnect(next, reason, code);
            }

            if (await HandleFrameAsync(message, scope, stoppingToken) is { } end)
            {
                await scope.Connection.CloseAsync(GatewayCloseCodes.Reconnecting);
                return end;
            }
        }
    }

    private async Task<GatewayDisconnect?> HandleFrameAsync(ReadOnlyMemory<byte> message, GatewayConnectionScope scope, CancellationToken stoppingToken)
    {
        using var document = JsonDocument.Parse(message);
        var frame = GatewayFrame.Read(document.RootElement);
        switch (frame.Op)
        {
            case GatewayOpCode.Hello when scope.Hello.TrySetResult(HeartbeatInterval(frame.Data)):
                await scope.Connection.SendAsync(Handshake(scope.Plan), heartbeat: false, scope.End.Token);
                return null;
            case GatewayOpCode.HeartbeatAck:
                scope.Heartbeat.Acknowledge();
                return null;
            case GatewayOpCode.Heartbeat:
                await scope.Heartbeat.BeatNowAsync(scope.End.Token);
                return null;
            case GatewayOpCode.Reconnect:
                return new GatewayDisconnect(GatewayNext.Resume, "Discord asked for a reconnect (op 7)");
            case GatewayOpCode.InvalidSession:
                var resumable = frame.Data.ValueKind == JsonValueKind.True;
                return new GatewayDisconnect(
                    resumable ? GatewayNext.Resume : GatewayNext.Identify,
                    resumable ? "invalid session (op 9), resumable" : "invalid session (op 9)",
                    InvalidSession: true);
            case GatewayOpCode.Dispatch:
                OnDispatch(frame, stoppingToken);
                return null;
            default:
                return null;
        }
    }

    private byte[] Handshake(GatewayNext plan)
    {
        var settings = options.Value;
        if (plan == GatewayNext.Resume)
        {
            return GatewayPayloads.Resume(settings.Token, _sessionId!, LastSequence());
        }

        _lastIdentify = time.GetTimestamp();
        return GatewayPayloads.Identify(settings.Token, settings.ShardId, settings.ShardCount);
    }

    private static TimeSpan HeartbeatInterval(JsonElement hello) =>
        hello.ValueKind == JsonValueKind.Object
        && hello.TryGetProperty("heartbeat_interval", out var interval)
        && interval.TryGetDouble(out var milliseconds)
        && milliseconds >= 1
            ? TimeSpan.FromMilliseconds(milliseconds)
            : throw new JsonException("A Hello without a positive heartbeat_interval.");

    /// <summary>
    /// Waits for Hello, then beats until the connection turns out a zombie; returns why it ended the connection,
    /// or null when the connection ended otherwise.
    /// </summary>
    private async Task<GatewayDisconnect?> KeepAliveAsync(GatewayConnectionScope scope)
    {
        GatewayDisconnect end;
        try
        {
            var interval = await scope.Hello.Task.WaitAsync(timings.HandshakeTimeout, time, scope.End.Token);
            await scope.Heartbeat.RunUntilZombieAsync(interval, scope.End.Token);
            end = new GatewayDisconnect(GatewayNext.Resume, "no heartbeat ACK since the last heartbeat (a zombie connection)");
        }
        catch (OperationCanceledException) when (scope.End.IsCancellationRequested)
        {
            return null;
        }
        catch (TimeoutException)
        {
            end = new GatewayDisconnect(scope.Plan, "no Hello in time");
        }
        catch (WebSocketException exception)
        {
            // A heartbeat that cannot go out may be the only sign of a half-open socket.
            end = new GatewayDisconnect(GatewayNext.Resume, $"a heartbeat could not be sent ({exception.WebSocketErrorCode})");
        }

        await EndConnectionAsync(scope, GatewayCloseCodes.Reconnecting);
        return end;
    }

    /// <summary>Closes from beside the receive loop: the close frame first, then the receive is cut if no answer comes.</summary>
    private async Task EndConnectionAsync(GatewayConnectionScope scope, int code)
    {
        await scope.Connection.SendCloseAsync(code);
        scope.End.CancelAfter(timings.CloseTimeout);
    }
}
