using System.Net;
using System.Net.Sockets;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Tests.Rest;

/// <summary>
/// The REST client as the host composes it (<c>AddDiscordRest</c>, the HTTP client factory, logging into
/// <see cref="Logs"/>) pointed at a <see cref="FakeDiscordRest"/> on loopback.
/// </summary>
internal sealed class RestHarness : IAsyncDisposable
{
    public const string Token = "MTI5MDkyNjQ0NDc0ODczNDQ2NQ.GfakeX.bot-token-secret";
    public const string ApplicationId = "290926444748734465";
    public const string InteractionToken = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnNlY3JldC10b2tlbg";

    private readonly ServiceProvider _services;

    private RestHarness(FakeDiscordRest server, ServiceProvider services, CapturedLogs logs)
    {
        Server = server;
        _services = services;
        Logs = logs;
    }

    public FakeDiscordRest Server { get; }

    public CapturedLogs Logs { get; }

    public IDiscordRest Client => _services.GetRequiredService<IDiscordRest>();

    public DiscordRequestSender Sender => _services.GetRequiredService<DiscordRequestSender>();

    public InvalidRequestCounter InvalidRequests => _services.GetRequiredService<InvalidRequestCounter>();

    /// <param name="configure">Changes to the services after ClipBot's, e.g. another HTTP timeout.</param>
    /// <param name="apiBaseUrl">Another base URL than the fake's, e.g. a closed port.</param>
    public static async Task<RestHarness> StartAsync(Action<IServiceCollection>? configure = null, string? apiBaseUrl = null)
    {
        var server = await FakeDiscordRest.StartAsync();
        var logs = new CapturedLogs();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddDiscordRest();
        services.Configure<DiscordOptions>(options =>
        {
            options.Token = Token;
            options.ApplicationId = ApplicationId;
            options.ApiBaseUrl = apiBaseUrl ?? server.BaseUrl;
        });
        configure?.Invoke(services);
        return new RestHarness(server, services.BuildServiceProvider(), logs);
    }

    /// <summary>A base URL on a loopback port nobody listens on (it was free a moment ago): every call fails to connect.</summary>
    public static string ClosedApiBaseUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/api/v10";
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
