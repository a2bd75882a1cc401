using ClipBot.Discord.Gateway;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Tests.Gateway;

/// <summary>
/// A <see cref="DiscordGateway"/> running against a <see cref="FakeDiscordGateway"/>, with Discord's waits cut
/// to milliseconds and a fixed jitter; disposing stops both.
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "MTIz.test-bot-token.never-logged";

    private readonly CancellationTokenSource _stop = new();

    private GatewayHarness(FakeDiscordGateway fake, DiscordOptions options, GatewayTimings timings, IDiscordRest? rest)
    {
        Fake = fake;
        Options = options;
        Timings = timings;
        Gateway = new DiscordGateway(
            Microsoft.Extensions.Options.Options.Create(options),
            rest ?? new GatewayUrlRest(fake.Url),
            Handler,
            timings,
            TimeProvider.System,
            Logger);
    }

    public FakeDiscordGateway Fake { get; }

    public DiscordOptions Options { get; }

    public GatewayTimings Timings { get; }

    public RecordingDispatchHandler Handler { get; } = new();

    public RecordingLogger<DiscordGateway> Logger { get; } = new();

    public DiscordGateway Gateway { get; }

    /// <summary>The gateway's <see cref="DiscordGateway.RunAsync"/>.</summary>
    public Task Run { get; private set; } = Task.CompletedTask;

    /// <param name="jitter">Every jitter the gateway draws (first heartbeat, back-off, op 9 wait).</param>
    /// <param name="configure">Changes to the options and to the fake before the gateway starts.</param>
    /// <param name="rest">The REST port; by default one that answers the fake's URL with plenty of sessions left.</param>
    /// <param name="run">False to leave starting <see cref="Gateway"/> to the test.</param>
    public static async Task<GatewayHarness> StartAsync(
        double jitter = 0.5,
        Action<DiscordOptions, FakeDiscordGateway>? configure = null,
        Func<FakeDiscordGateway, IDiscordRest>? rest = null,
        bool run = true)
    {
        var fake = await FakeDiscordGateway.StartAsync();
        var options = new DiscordOptions { Token = Token, GatewayUrl = fake.Url.ToString() };
        configure?.Invoke(options, fake);
        var timings = new GatewayTimings
        {
            Jitter = () => jitter,
            FirstBackoff = TimeSpan.FromMilliseconds(50),
            MaxBackoff = TimeSpan.FromMilliseconds(400),
            MinInvalidSessionDelay = TimeSpan.FromMilliseconds(150),
            MaxInvalidSessionDelay = TimeSpan.FromMilliseconds(250),
            IdentifySpacing = TimeSpan.FromMilliseconds(100),
            CloseTimeout = TimeSpan.FromSeconds(1),
        };
        var harness = new GatewayHarness(fake, options, timings, rest?.Invoke(fake));
        if (run)
        {
            harness.Run = Task.Run(() => harness.Gateway.RunAsync(harness._stop.Token));
        }

        return harness;
    }

    /// <summary>Waits for the first connection's READY to be answered, with the session it started.</summary>
    public async Task<FakeDiscordGatewayConnection> WaitForReadyAsync()
    {
        var connection = await Fake.WaitForConnectionAsync(0);
        await connection.WaitForFrameAsync(2);
        await UntilAsync(() => LogsOf("GatewayReady").Any(), "READY handled");
        return connection;
    }

    /// <summary>Polls <paramref name="condition"/> for what no fake signals (log lines, the gateway's own state).</summary>
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + FakeDiscordGateway.WaitTimeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No {what} within {FakeDiscordGateway.WaitTimeout.TotalSeconds} s.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Stops the gateway as the host would, and waits for it to return.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    public IEnumerable<(LogLevel Level, EventId Id, string Message, Exception? Exception)> LogsOf(string eventName) =>
        Logger.Entries.Where(entry => entry.Id.Name == eventName);

    public void AssertTokenNeverLogged() =>
        Assert.DoesNotContain(Logger.Entries, entry => entry.Message.Contains(Token, StringComparison.Ordinal)
            || (entry.Exception?.ToString().Contains(Token, StringComparison.Ordinal) ?? false));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            await Fake.DisposeAsync();
            _stop.Dispose();
        }
    }
}
