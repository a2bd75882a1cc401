using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Generation;
using ClipBot.Core.Media;
using ClipBot.Core.Notifications;
using ClipBot.Core.Reels;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Discord.Interactions;
using ClipBot.Discord.Notifications;
using ClipBot.Discord.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;

namespace ClipBot.Discord.Tests.Interactions;

/// <summary>
/// The adapter as <c>AddClipBotDiscord</c> composes it, over Core's ports as mocks and a <see cref="RecordingRest"/>:
/// an interaction goes in, the REST calls and the commands Core was handed come out. <see cref="StartWebAsync"/>
/// also serves <c>POST /discord/interactions</c> on loopback, as the host maps it.
/// </summary>
internal sealed class InteractionHarness : IAsyncDisposable
{
    public const string ApplicationId = "290926444748734465";

    /// <summary>F-D1's public key (RFC 8032's first test key).</summary>
    public const string PublicKey = Http.InteractionSigner.PublicKey;

    private IServiceProvider _services = null!;
    private WebApplication? _web;

    private InteractionHarness()
    {
        DataPath = Directory.CreateTempSubdirectory("clipbot-discord-").FullName;
        Dispatcher.Setup(d => d.DispatchAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .Callback<ChatCommand, CancellationToken>((command, _) => Dispatched.Add(command))
            .ReturnsAsync(() => Outcome);
        Generator.SetupGet(g => g.Name).Returns("local");
    }

    public string DataPath { get; }

    public RecordingRest Rest { get; } = new();

    public Mock<ICommandDispatcher> Dispatcher { get; } = new();

    public Mock<ITakeStore> Takes { get; } = new();

    public Mock<IReelStore> Reels { get; } = new();

    public Mock<IVideoGenerator> Generator { get; } = new();

    public Mock<IDeliveryEncoder> Encoder { get; } = new();

    public ListLogger Logs { get; } = new();

    /// <summary>The commands Core was handed, in order.</summary>
    public List<ChatCommand> Dispatched { get; } = [];

    /// <summary>What Core answers every command.</summary>
    public CommandOutcome Outcome { get; set; } = new(new ChatReply("Done.", Ephemeral: false), Accepted: true);

    /// <summary>The web host's client, after <see cref="StartWebAsync"/>.</summary>
    public HttpClient Client { get; private set; } = null!;

    public DiscordInteractionHandler Handler => Get<DiscordInteractionHandler>();

    public ProgressTokens Tokens => Get<ProgressTokens>();

    /// <param name="settings">Configuration over the harness's own, e.g. <c>Discord:StudioBaseUrl</c>.</param>
    public static InteractionHarness Start(Dictionary<string, string?>? settings = null)
    {
        var harness = new InteractionHarness();
        var services = new ServiceCollection();
        harness.Register(services, settings, time: null);
        harness._services = services.BuildServiceProvider();
        return harness;
    }

    /// <summary>The same, in a web host on loopback with the endpoint mapped; <paramref name="time"/> is the signatures' clock.</summary>
    public static async Task<InteractionHarness> StartWebAsync(TimeProvider time)
    {
        var harness = new InteractionHarness();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        harness.Register(builder.Services, settings: null, time);
        var web = builder.Build();
        web.MapClipBotDiscord();
        await web.StartAsync();
        harness._web = web;
        harness._services = web.Services;
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        harness.Client = new HttpClient { BaseAddress = new Uri(address) };
        return harness;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>The whole interaction: the first answer and the work after it.</summary>
    public Task RunAsync(JsonObject payload) => Handler.HandleInteractionAsync(InteractionPayloads.Element(payload), CancellationToken.None);

    public void AddTake(Take take) =>
        Takes.Setup(t => t.GetAsync(take.Id, It.IsAny<CancellationToken>())).ReturnsAsync(take);

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_web is not null)
        {
            await _web.StopAsync();
            await _web.DisposeAsync();
        }
        else if (_services is IAsyncDisposable services)
        {
            await services.DisposeAsync();
        }

        Directory.Delete(DataPath, recursive: true);
    }

    private void Register(IServiceCollection services, Dictionary<string, string?>? settings, TimeProvider? time)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:Token"] = "bot-token",
                ["Discord:ApplicationId"] = ApplicationId,
                ["Discord:Mode"] = "Http",
                ["Discord:PublicKey"] = PublicKey,
                ["Data:Path"] = DataPath,
            })
            .AddInMemoryCollection(settings ?? [])
            .Build();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddLogging(logging => logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddOptions<DataOptions>().Bind(configuration.GetSection(DataOptions.SectionName));
        services.AddClipBotDiscord(configuration);
        services.AddSingleton<IDiscordRest>(Rest);
        services.AddSingleton(Dispatcher.Object);
        services.AddSingleton(Takes.Object);
        services.AddSingleton(Reels.Object);
        services.AddSingleton(Generator.Object);
        services.AddSingleton(Encoder.Object);
        var events = new Mock<ITakeEvents>();
        events.Setup(e => e.SubscribeAsync(It.IsAny<CancellationToken>())).Returns<CancellationToken>(NoChangesAsync);
        services.AddSingleton(events.Object);
    }

    private static async IAsyncEnumerable<Take> NoChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        yield break;
    }
}
