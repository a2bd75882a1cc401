using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using ClipBot.Discord.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace ClipBot.Discord.Tests.Fakes;

/// <summary>
/// Discord's REST API on loopback (Kestrel on 127.0.0.1, a free port), for tests of anything that calls
/// <see cref="IDiscordRest"/>: point <c>Discord:ApiBaseUrl</c> at <see cref="BaseUrl"/>. Every request is
/// recorded whole (<see cref="Requests"/>); each route answers what a test queued for it
/// (<see cref="Enqueue"/>), else its <see cref="SetDefault">default</see>, else a success shaped like Discord's
/// (message objects with fresh ids, 204 for callbacks).
/// </summary>
internal sealed partial class FakeDiscordRest : IAsyncDisposable
{
    public const string ApiPath = "/api/v10";

    private readonly Lock _gate = new();
    private readonly List<FakeDiscordRestRequest> _requests = [];
    private readonly Dictionary<FakeDiscordRestRoute, Queue<FakeDiscordRestResponse>> _queued = [];
    private readonly Dictionary<FakeDiscordRestRoute, FakeDiscordRestResponse> _defaults = [];
    private readonly List<Waiter> _waiters = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly WebApplication _app;
    private long _lastId = 1_300_000_000_000_000_000;

    private FakeDiscordRest(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin { get; private set; } = "";

    /// <summary>The value for <c>Discord:ApiBaseUrl</c>: <see cref="Origin"/> + <c>/api/v10</c>.</summary>
    public string BaseUrl => Origin + ApiPath;

    /// <summary>What <c>GET /gateway/bot</c> answers as <c>url</c>; point it at a fake gateway.</summary>
    public string GatewayUrl { get; set; } = "wss://gateway.discord.gg";

    /// <summary>The application id in the message objects' author; routes accept any application id.</summary>
    public string ApplicationId { get; set; } = "290926444748734465";

    /// <summary>The <c>channel_id</c> of messages sent through interaction webhooks.</summary>
    public string WebhookChannelId { get; set; } = "345626669114982999";

    /// <summary>When set, bot routes whose <c>Authorization</c> is not <c>Bot &lt;token&gt;</c> get a 401, as Discord answers.</summary>
    public string? RequiredToken { get; set; }

    /// <summary>Consulted when a route has nothing queued: an answer, or null for the default.</summary>
    public Func<FakeDiscordRestRequest, FakeDiscordRestResponse?>? Responder { get; set; }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<FakeDiscordRestRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeDiscordRest> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeDiscordRest(app);
        fake.MapRoutes(app);
        await app.StartAsync();
        fake.Origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public IReadOnlyList<FakeDiscordRestRequest> RequestsTo(FakeDiscordRestRoute route) => [.. Requests.Where(request => request.Route == route)];

    /// <summary>Answers for the route's next requests, in order; once used up the route answers its default again.</summary>
    public void Enqueue(FakeDiscordRestRoute route, params FakeDiscordRestResponse[] responses)
    {
        lock (_gate)
        {
            if (!_queued.TryGetValue(route, out var queue))
            {
                queue = new Queue<FakeDiscordRestResponse>();
                _queued.Add(route, queue);
            }

            foreach (var response in responses)
            {
                queue.Enqueue(response);
            }
        }
    }

    /// <summary>The route's answer whenever nothing is queued (null: back to the built-in success).</summary>
    public void SetDefault(FakeDiscordRestRoute route, FakeDiscordRestResponse? response)
    {
        lock (_gate)
        {
            if (response is null)
            {
                _defaults.Remove(route);
            }
            else
            {
                _defaults[route] = response;
            }
        }
    }

    /// <summary>Forgets the requests and the queued answers.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
            _queued.Clear();
        }
    }

    /// <summary>The first request that matches, waiting for it if it has not come yet.</summary>
    public async Task<FakeDiscordRestRequest> WaitForRequestAsync(Func<FakeDiscordRestRequest, bool> match, TimeSpan? timeout = null)
    {
        var requests = await WaitUntilAsync(all => all.Any(match), timeout);
        return requests.First(match);
    }

    public Task<FakeDiscordRestRequest> WaitForRequestAsync(FakeDiscordRestRoute route, TimeSpan? timeout = null) =>
        WaitForRequestAsync(request => request.Route == route, timeout);

    /// <summary>Waits until the route has had <paramref name="count"/> requests; returns the first that many.</summary>
    public async Task<IReadOnlyList<FakeDiscordRestRequest>> WaitForRequestsAsync(FakeDiscordRestRoute route, int count, TimeSpan? timeout = null)
    {
        var requests = await WaitUntilAsync(all => all.Count(request => request.Route == route) >= count, timeout);
        return [.. requests.Where(request => request.Route == route).Take(count)];
    }

    /// <summary>Waits until the requests so far satisfy <paramref name="condition"/> (5 s by default, then a <see cref="TimeoutException"/>).</summary>
    public async Task<IReadOnlyList<FakeDiscordRestRequest>> WaitUntilAsync(Func<IReadOnlyList<FakeDiscordRestRequest>, bool> condition, TimeSpan? timeout = null)
    {
        Waiter waiter;
        lock (_gate)
        {
            if (condition(_requests))
            {
                return [.. _requests];
            }

            waiter = new Waiter(condition);
            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Met.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(5));
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Record(FakeDiscordRestRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
            foreach (var waiter in _waiters.Where(waiter => waiter.Condition(_requests)))
            {
                waiter.Met.TrySetResult([.. _requests]);
            }
        }
    }

    private sealed class Waiter(Func<IReadOnlyList<FakeDiscordRestRequest>, bool> condition)
    {
        public Func<IReadOnlyList<FakeDiscordRestRequest>, bool> Condition => condition;

        public TaskCompletionSource<IReadOnlyList<FakeDiscordRestRequest>> Met { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
