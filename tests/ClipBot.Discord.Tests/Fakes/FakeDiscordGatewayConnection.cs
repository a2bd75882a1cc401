using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ClipBot.Discord.Tests.Fakes;

/// <summary>One client connection to the <see cref="FakeDiscordGateway"/>: what it asked for, what it sent, and what a test can push.</summary>
internal sealed class FakeDiscordGatewayConnection : IDisposable
{
    private readonly FakeDiscordGateway _gateway;
    private readonly HttpContext _context;
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FakeDiscordGatewayConnection(FakeDiscordGateway gateway, int index, HttpContext context, WebSocket socket)
    {
        _gateway = gateway;
        _context = context;
        _socket = socket;
        Index = index;
        Path = context.Request.Path.Value ?? "";
        Query = context.Request.QueryString.Value ?? "";
    }

    public int Index { get; }

    /// <summary><c>/gateway</c> for the gateway URL, <c>/resume</c> for READY's resume URL.</summary>
    public string Path { get; }

    /// <summary>The query string as sent, with its <c>?</c>.</summary>
    public string Query { get; }

    /// <summary>When Hello went out, on <see cref="FakeDiscordGateway.Elapsed"/>'s clock.</summary>
    public TimeSpan HelloAt { get; private set; }

    /// <summary>The code of the close frame the client sent (starting the close or answering the fake's); null if it sent none.</summary>
    public int? ClientCloseStatus { get; private set; }

    public bool Ended => _ended.Task.IsCompleted;

    public IReadOnlyList<FakeDiscordGatewayFrame> Frames => [.. _gateway.Frames.Where(frame => frame.Connection == Index)];

    public Task<FakeDiscordGatewayFrame> WaitForFrameAsync(int op) =>
        _gateway.WaitForAsync(() => Frames.FirstOrDefault(frame => frame.Op == op), $"op {op} on connection {Index}");

    public async Task WaitForEndAsync()
    {
        try
        {
            await _ended.Task.WaitAsync(FakeDiscordGateway.WaitTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Connection {Index} to the fake gateway did not end within {FakeDiscordGateway.WaitTimeout.TotalSeconds} s.");
        }
    }

    /// <summary>A dispatch (op 0) with the session's next sequence number; returns that number.</summary>
    /// <param name="fragmentBytes">When set, the frame goes in pieces of this many bytes (EndOfMessage on the last).</param>
    public async Task<long> DispatchAsync(string eventName, string dataJson, int? fragmentBytes = null)
    {
        var sequence = _gateway.NextSequence();
        var frame = $$"""{"op":0,"s":{{sequence.ToString(CultureInfo.InvariantCulture)}},"t":"{{eventName}}","d":""" + dataJson + "}";
        await SendAsync(frame, fragmentBytes);
        return sequence;
    }

    public Task<long> DispatchInteractionAsync(string interactionJson, int? fragmentBytes = null) =>
        DispatchAsync("INTERACTION_CREATE", interactionJson, fragmentBytes);

    public Task ReconnectAsync() => SendAsync("""{"op":7,"d":null}""");

    public Task InvalidSessionAsync(bool resumable) => SendAsync(resumable ? """{"op":9,"d":true}""" : """{"op":9,"d":false}""");

    public Task RequestHeartbeatAsync() => SendAsync("""{"op":1,"d":null}""");

    /// <summary>Starts a close with <paramref name="code"/>, as Discord does with its 4xxx codes.</summary>
    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the test", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        try
        {
            _context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request is over: the connection is gone already.
        }
    }

    public async Task SendAsync(string json, int? fragmentBytes = null)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var size = fragmentBytes ?? bytes.Length;
        await _sendLock.WaitAsync();
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += size)
            {
                var count = Math.Min(size, bytes.Length - offset);
                await _socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count == bytes.Length, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Dispose() => _sendLock.Dispose();

    internal async Task RunAsync(CancellationToken aborted)
    {
        try
        {
            HelloAt = _gateway.Elapsed;
            var interval = _gateway.HeartbeatInterval.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
            await SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{interval}}""" + "}}");
            var buffer = new ArrayBufferWriter<byte>(4096);
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), aborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloseStatus = (int?)_socket.CloseStatus;
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    return;
                }

                buffer.Advance(result.Count);
                if (result.EndOfMessage)
                {
                    var message = buffer.WrittenSpan.ToArray();
                    buffer.ResetWrittenCount();
                    _gateway.Record(this, message);
                    await AnswerAsync(message);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client or the test dropped the connection.
        }
        finally
        {
            _ended.TrySetResult();
            _gateway.Changed();
        }
    }

    private async Task AnswerAsync(byte[] message)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        switch (root.GetProperty("op").GetInt32())
        {
            case 1 when _gateway.AcknowledgeHeartbeats:
                await SendAsync("""{"op":11}""");
                break;
            case 2:
                var session = _gateway.StartSession();
                await DispatchAsync("READY", $$$"""
                    {"v":10,"user":{"id":"111111111111111111","username":"ClipBot","discriminator":"0","bot":true},"guilds":[],
                     "session_id":"{{{session}}}","resume_gateway_url":"{{{_gateway.ResumeUrl}}}","shard":[0,1],
                     "application":{"id":"111111111111111111","flags":0}}
                    """);
                break;
            case 6 when root.GetProperty("d").GetProperty("session_id").GetString() == _gateway.SessionId:
                await DispatchAsync("RESUMED", "null");
                break;
            case 6:
                await InvalidSessionAsync(resumable: false);
                break;
            default:
                break;
        }
    }
}
