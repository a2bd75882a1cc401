using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Tests.Fakes;

/// <summary>
/// A loopback Discord gateway: Kestrel with WebSockets on 127.0.0.1 (a free port), speaking the gateway's JSON
/// frames (reference D1) so that the real <c>DiscordGateway</c> can be driven end to end.
/// <list type="bullet">
/// <item><c>await using var fake = await FakeDiscordGateway.StartAsync();</c> then set <c>DiscordOptions.GatewayUrl</c>
/// to <see cref="Url"/> (<c>ws://127.0.0.1:{port}/gateway</c>).</item>
/// <item>Each connection is sent Hello with <see cref="HeartbeatInterval"/> (300 ms unless set). The fake answers by
/// itself: op 1 with op 11 while <see cref="AcknowledgeHeartbeats"/> (set it false to make a zombie); op 2 Identify
/// with a READY dispatch (s = 1) carrying a new <see cref="SessionId"/> and <c>resume_gateway_url</c> = <see cref="ResumeUrl"/>
/// (path <c>/resume</c>, so a resume connection shows in its <c>Path</c>); op 6 Resume with a RESUMED dispatch when
/// its session_id is the current session, else op 9 <c>false</c>.</item>
/// <item>What the client did: <see cref="Frames"/> (every frame it sent, in order, with op, d, text and time) and
/// <see cref="Connections"/> (each one's <c>Path</c>, <c>Query</c>, <c>HelloAt</c>, its own <c>Frames</c>, and the
/// <c>ClientCloseStatus</c> of the close frame it sent).</item>
/// <item>Waiting, 5 s at most and then a <see cref="TimeoutException"/>: <see cref="WaitForConnectionAsync"/>,
/// <see cref="WaitForFrameAsync"/>, and on a connection <c>WaitForFrameAsync(op)</c> and <c>WaitForEndAsync()</c>.</item>
/// <item>Pushing, on a connection (<see cref="Latest"/> is the newest): <c>DispatchAsync(event, json)</c> with the
/// session's next sequence number, optionally split into frames of <c>fragmentBytes</c>;
/// <c>DispatchInteractionAsync(json)</c> (e.g. <see cref="SlashCommandInteraction"/>); <c>ReconnectAsync()</c> (op 7);
/// <c>InvalidSessionAsync(resumable)</c> (op 9); <c>RequestHeartbeatAsync()</c> (op 1); <c>SendAsync(json)</c>;
/// <c>CloseAsync(code)</c>; <c>Abort()</c>, a drop without a close frame. <see cref="StartSession"/> makes the next
/// Resume fail.</item>
/// </list>
/// </summary>
internal sealed partial class FakeDiscordGateway : IAsyncDisposable
{
    public static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private readonly List<FakeDiscordGatewayConnection> _connections = [];
    private readonly List<FakeDiscordGatewayFrame> _frames = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _sessions;
    private long _sequence;

    private FakeDiscordGateway(WebApplication app)
    {
        _app = app;
    }

    public Uri Url { get; private set; } = null!;

    public Uri ResumeUrl { get; private set; } = null!;

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(300);

    public bool AcknowledgeHeartbeats { get; set; } = true;

    /// <summary>The session the last Identify started; null before any.</summary>
    public string? SessionId { get; private set; }

    /// <summary>The sequence number of the session's last dispatch.</summary>
    public long Sequence => Interlocked.Read(ref _sequence);

    /// <summary>Time since the fake started; frames' <c>At</c> and connections' <c>HelloAt</c> are on this clock.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    public IReadOnlyList<FakeDiscordGatewayConnection> Connections
    {
        get
        {
            lock (_gate)
            {
                return [.. _connections];
            }
        }
    }

    public IReadOnlyList<FakeDiscordGatewayFrame> Frames
    {
        get
        {
            lock (_gate)
            {
                return [.. _frames];
            }
        }
    }

    public FakeDiscordGatewayConnection Latest => Connections[^1];

    public static async Task<FakeDiscordGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeDiscordGateway(app);
        app.UseWebSockets();
        app.Map("/gateway", fake.AcceptAsync);
        app.Map("/resume", fake.AcceptAsync);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        fake.Url = new Uri($"ws://{address.Authority}/gateway");
        fake.ResumeUrl = new Uri($"ws://{address.Authority}/resume");
        return fake;
    }

    public Task<FakeDiscordGatewayConnection> WaitForConnectionAsync(int index) =>
        WaitForAsync(() => Connections.ElementAtOrDefault(index), $"connection {index}");

    public Task<FakeDiscordGatewayFrame> WaitForFrameAsync(Func<FakeDiscordGatewayFrame, bool> match) =>
        WaitForAsync(() => Frames.FirstOrDefault(match), "a matching frame");

    /// <summary>Waits until <paramref name="probe"/> finds something, re-probing whenever a connection or frame comes or a connection ends.</summary>
    public async Task<T> WaitForAsync<T>(Func<T?> probe, string what)
        where T : class
    {
        using var timeout = new CancellationTokenSource(WaitTimeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (probe() is { } found)
            {
                return found;
            }

            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The fake gateway saw no {what} within {WaitTimeout.TotalSeconds} s.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in Connections)
        {
            connection.Abort();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var connection in Connections)
        {
            connection.Dispose();
        }
    }

    internal void Record(FakeDiscordGatewayConnection connection, ReadOnlySpan<byte> message)
    {
        using var document = JsonDocument.Parse(message.ToArray());
        var root = document.RootElement;
        var frame = new FakeDiscordGatewayFrame(
            connection.Index,
            root.GetProperty("op").GetInt32(),
            root.TryGetProperty("d", out var d) ? d.Clone() : default,
            root.GetRawText(),
            _clock.Elapsed);
        lock (_gate)
        {
            _frames.Add(frame);
        }

        Changed();
    }

    /// <summary>Starts a session as an Identify does; from a test, it makes the client's next Resume name a session the fake no longer knows (op 9 false).</summary>
    public string StartSession()
    {
        var session = $"fake-session-{Interlocked.Increment(ref _sessions)}";
        SessionId = session;
        Interlocked.Exchange(ref _sequence, 0);
        return session;
    }

    internal long NextSequence() => Interlocked.Increment(ref _sequence);

    internal void Changed()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            (changed, _changed) = (_changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        changed.SetResult();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        FakeDiscordGatewayConnection connection;
        lock (_gate)
        {
            connection = new FakeDiscordGatewayConnection(this, _connections.Count, context, socket);
            _connections.Add(connection);
        }

        Changed();
        await connection.RunAsync(context.RequestAborted);
    }
}
