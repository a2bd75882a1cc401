using System.Text.Json;
using ClipBot.Discord.Tests.Fakes;

namespace ClipBot.Discord.Tests.Gateway;

public sealed partial class DiscordGatewayTests
{
    [Fact]
    public async Task RunAsync_InteractionCreate_HandlerGetsTheInteraction()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.WaitForReadyAsync();

        await connection.DispatchInteractionAsync(FakeDiscordGateway.SlashCommandInteraction);
        var interaction = await harness.Handler.WaitForInteractionAsync(0);

        Assert.Equal("786008729715212338", interaction.GetProperty("id").GetString());
        Assert.Equal("A_UNIQUE_TOKEN", interaction.GetProperty("token").GetString());
        Assert.Equal("cardsearch", interaction.GetProperty("data").GetProperty("name").GetString());
        Assert.Equal("The Gitrog Monster", interaction.GetProperty("data").GetProperty("options")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task RunAsync_SlowHandler_HeartbeatsGoOnAndTheNextInteractionArrives()
    {
        await using var harness = await GatewayHarness.StartAsync(jitter: 0, configure: (_, fake) => fake.HeartbeatInterval = TimeSpan.FromMilliseconds(200));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;

        // The first answer takes until the test ends: a receive loop that waited for it would miss every ACK.
        harness.Handler.OnInteraction = (_, _) => Interlocked.Increment(ref calls) == 1 ? release.Task : Task.CompletedTask;
        var connection = await harness.WaitForReadyAsync();

        await connection.DispatchInteractionAsync(FakeDiscordGateway.SlashCommandInteraction);
        await harness.Handler.WaitForInteractionAsync(0);
        var slowFrom = harness.Fake.Elapsed;
        await connection.DispatchInteractionAsync(FakeDiscordGateway.SlashCommandInteraction);
        await harness.Handler.WaitForInteractionAsync(1);
        await Task.Delay(TimeSpan.FromMilliseconds(900));
        release.SetResult();

        Assert.InRange(connection.Frames.Count(frame => frame.Op == 1 && frame.At > slowFrom), 2, 7);
        Assert.Single(harness.Fake.Connections);
    }

    [Fact]
    public async Task RunAsync_LargeInteractionInFragments_HandlerGetsItWhole()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.WaitForReadyAsync();
        var padding = new string('x', 200_000);
        var large = FakeDiscordGateway.SlashCommandInteraction.Replace("\"locale\":\"en-US\"", $"\"locale\":\"en-US\",\"padding\":\"{padding}\"", StringComparison.Ordinal);

        await connection.DispatchInteractionAsync(large, fragmentBytes: 1000);
        var interaction = await harness.Handler.WaitForInteractionAsync(0);

        Assert.Equal(padding, interaction.GetProperty("padding").GetString());
        Assert.Equal("786008729715212338", interaction.GetProperty("id").GetString());
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_LogsAndHandlesTheNextOne()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var calls = 0;
        harness.Handler.OnInteraction = (_, _) => Interlocked.Increment(ref calls) == 1
            ? throw new InvalidOperationException("The handler failed.")
            : Task.CompletedTask;
        var connection = await harness.WaitForReadyAsync();

        await connection.DispatchInteractionAsync(FakeDiscordGateway.SlashCommandInteraction);
        await connection.DispatchInteractionAsync(FakeDiscordGateway.SlashCommandInteraction);
        await harness.Handler.WaitForInteractionAsync(1);
        await GatewayHarness.UntilAsync(() => harness.LogsOf("GatewayInteractionHandlerFailed").Any(), "the failure logged");

        Assert.Contains("786008729715212338", Assert.Single(harness.LogsOf("GatewayInteractionHandlerFailed")).Message, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Connections);
    }

    [Fact]
    public async Task RunAsync_Dispatches_HeartbeatCarriesTheLastSequence()
    {
        await using var harness = await GatewayHarness.StartAsync(jitter: 0.99, configure: (_, fake) => fake.HeartbeatInterval = TimeSpan.FromSeconds(10));
        var connection = await harness.WaitForReadyAsync();

        await connection.DispatchInteractionAsync(FakeDiscordGateway.SlashCommandInteraction);
        var last = await connection.DispatchAsync("GUILD_CREATE", """{"id":"290926798626357999"}""");
        await harness.Handler.WaitForInteractionAsync(0);
        await connection.RequestHeartbeatAsync();
        var beat = await connection.WaitForFrameAsync(1);

        Assert.Equal(JsonValueKind.Number, beat.Data.ValueKind);
        Assert.Equal(last, beat.Data.GetInt64());
    }
}
