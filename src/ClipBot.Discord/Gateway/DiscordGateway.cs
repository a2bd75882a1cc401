using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using ClipBot.Core.Results;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Gateway;

/// <summary>
/// ClipBot's gateway client, speaking Discord's protocol over <see cref="ClientWebSocket"/>: it identifies once,
/// keeps the session through drops, op 7 and zombie connections by resuming it, identifies anew only when
/// Discord says the session is gone and its session start limit allows one, and stops for good, with one log
/// line, on the close codes that mean a configuration error. Each interaction goes to the
/// <see cref="IGatewayDispatchHandler"/> on a task of its own.
/// </summary>
/// <remarks>One instance runs one shard, once: <see cref="RunAsync"/> is not re-entrant.</remarks>
internal sealed partial class DiscordGateway(
    IOptions<DiscordOptions> options,
    IDiscordRest rest,
    IGatewayDispatchHandler handler,
    GatewayTimings timings,
    TimeProvider time,
    ILogger<DiscordGateway> logger)
{
    // Compression is not asked for: a few interactions a minute do not pay for a zlib stream's state.
    private const string Query = "v=10&encoding=json";

    private const long NoSequence = -1;

    // The session, kept across connections so that a new socket can resume it. Only the run loop writes them,
    // one connection at a time; the sequence is also read by the heartbeat, hence Interlocked.
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long _sequence = NoSequence;

    // From Discord:GatewayUrl or GET /gateway/bot; fetched again only after connecting to it failed.
    private Uri? _gatewayUrl;

    // Connections in a row that ended before READY or RESUMED: the back-off's exponent.
    private int _failures;

    private long? _lastIdentify;

    /// <summary>
    /// Connects and stays connected until <paramref name="stoppingToken"/> ends (then closes with 1000, which
    /// ends the session) or Discord refuses the configuration (then returns, having logged why).
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var next = GatewayNext.Identify;
        var delay = TimeSpan.Zero;
        try
        {
            while (true)
            {
                await Task.Delay(delay, time, stoppingToken);
                GatewayDisconnect end;
                try
                {
                    end = await ConnectOnceAsync(next, stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // A bug or a surprise from the socket must not end the bot; the back-off keeps it from spinning.
                    logger.ConnectionFailed(exception);
                    end = new GatewayDisconnect(next, "an unexpected error");
                }

                if (end.Next == GatewayNext.Stop)
                {
                    logger.GatewayStopped(end.Reason);
                    return;
                }

                delay = ReconnectDelay(end);
                logger.Disconnected(end.Reason, end.Next, (long)delay.TotalMilliseconds);
                next = end.Next;
            }
        }
        catch (Exception exception) when (stoppingToken.IsCancellationRequested && exception is OperationCanceledException or WebSocketException)
        {
            // Shutdown; a socket cut short by it has nothing left to say.
        }
        finally
        {
            await DrainHandlersAsync();
        }
    }

    private TimeSpan ReconnectDelay(GatewayDisconnect end)
    {
        var delay = timings.Backoff(_failures);
        _failures++;
        if (end.InvalidSession)
        {
            var invalidSession = timings.InvalidSessionDelay();
            delay = invalidSession > delay ? invalidSession : delay;
        }

        return delay;
    }

    private async Task<GatewayDisconnect> ConnectOnceAsync(GatewayNext plan, CancellationToken stoppingToken)
    {
        if (plan == GatewayNext.Resume && _sessionId is null)
        {
            plan = GatewayNext.Identify;
        }

        Result<DiscordGatewayInfo>? gatewayBot = null;
        if (plan == GatewayNext.Identify)
        {
            ForgetSession();
            await WaitForIdentifySlotAsync(stoppingToken);
            (gatewayBot, var refused) = await WaitForSessionStartAsync(stoppingToken);
            if (refused is not null)
            {
                return refused;
            }
        }

        var (gatewayUrl, failure) = await GatewayUrlAsync(plan, gatewayBot, stoppingToken);
        if (failure is not null)
        {
            return failure;
        }

        // Resuming at the URL READY gave keeps the session on its own servers; the general URL works, with more drops.
        var resumeUrl = plan == GatewayNext.Resume ? _resumeUrl : null;
        var url = new UriBuilder(resumeUrl ?? gatewayUrl!) { Query = Query }.Uri;
        logger.Connecting(url, plan);
        GatewayConnection connection;
        try
        {
            connection = await GatewayConnection.ConnectAsync(url, timings, time, stoppingToken);
        }
        catch (Exception exception) when (exception is WebSocketException || (exception is OperationCanceledException && !stoppingToken.IsCancellationRequested))
        {
            logger.ConnectFailed(exception, url);
            if (resumeUrl is not null)
            {
                _resumeUrl = null;
            }
            else
            {
                _gatewayUrl = null;
            }

            return new GatewayDisconnect(plan, "could not connect");
        }

        using (connection)
        {
            return await RunConnectionAsync(connection, plan, stoppingToken);
        }
    }

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUrl = null;
        Interlocked.Exchange(ref _sequence, NoSequence);
    }

    private long? LastSequence()
    {
        var sequence = Interlocked.Read(ref _sequence);
        return sequence == NoSequence ? null : sequence;
    }

    private async Task WaitForIdentifySlotAsync(CancellationToken stoppingToken)
    {
        if (_lastIdentify is { } last && timings.IdentifySpacing - time.GetElapsedTime(last) is var wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, stoppingToken);
        }
    }

    /// <param name="gatewayBot">The answer the session start limit was read from, if any: reused so that an Identify costs one call.</param>
    private async Task<(Uri? Url, GatewayDisconnect? Failure)> GatewayUrlAsync(
        GatewayNext plan, Result<DiscordGatewayInfo>? gatewayBot, CancellationToken stoppingToken)
    {
        if (_gatewayUrl is not null)
        {
            return (_gatewayUrl, null);
        }

        var configured = options.Value.GatewayUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return TryGatewayUri(configured, out _gatewayUrl)
                ? (_gatewayUrl, null)
                : (null, new GatewayDisconnect(GatewayNext.Stop, "Discord:GatewayUrl is not a ws:// or wss:// URL"));
        }

        var fetched = gatewayBot ?? await rest.GetGatewayAsync(stoppingToken);
        if (!fetched.IsSuccess)
        {
            return (null, GatewayBotFailed(fetched.Error, plan));
        }

        return TryGatewayUri(fetched.Value.Url.OriginalString, out _gatewayUrl)
            ? (_gatewayUrl, null)
            : (null, new GatewayDisconnect(plan, "GET /gateway/bot gave no ws:// or wss:// URL"));
    }

    // A refused token will not be accepted on the next try either; anything else may pass.
    private static GatewayDisconnect GatewayBotFailed(Error error, GatewayNext plan) =>
        new(error.Kind == ErrorKind.Forbidden ? GatewayNext.Stop : plan, $"GET /gateway/bot failed: {error.Message}");

    private static bool TryGatewayUri(string? text, [NotNullWhen(true)] out Uri? uri)
    {
        uri = Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeWs || parsed.Scheme == Uri.UriSchemeWss)
            ? parsed
            : null;
        return uri is not null;
    }
}
