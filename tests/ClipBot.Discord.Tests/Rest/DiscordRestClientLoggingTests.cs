using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Fakes;

namespace ClipBot.Discord.Tests.Rest;

/// <summary>Tokens (the bot's, and interactions' in their paths) never reach a log line or an error.</summary>
public sealed class DiscordRestClientLoggingTests
{
    private const string ChannelId = "345626669114982402";

    [Fact]
    public async Task EveryCall_SuccessesAndRefusals_NoTokenInLogsOrErrors()
    {
        await using var harness = await RestHarness.StartAsync();
        var server = harness.Server;
        server.Enqueue(FakeDiscordRestRoute.FollowUp, FakeDiscordRestResponse.RateLimited(0.01));
        server.Enqueue(FakeDiscordRestRoute.EditOriginal, FakeDiscordRestResponse.Error(401, DiscordErrorCodes.InvalidWebhookToken, "Invalid Webhook Token"));
        server.Enqueue(FakeDiscordRestRoute.InteractionCallback, FakeDiscordRestResponse.Error(404, DiscordErrorCodes.UnknownInteraction, "Unknown interaction"));
        server.Enqueue(FakeDiscordRestRoute.OverwriteGlobalCommands, FakeDiscordRestResponse.Error(
            400, DiscordErrorCodes.InvalidFormBody, "Invalid Form Body", """{"0":{"name":{"_errors":[{"code":"APPLICATION_COMMAND_INVALID_NAME","message":"Bad name"}]}}}"""));
        server.Enqueue(FakeDiscordRestRoute.GatewayBot, FakeDiscordRestResponse.ServerError());
        server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.Success, FakeDiscordRestResponse.Unauthorized());
        var client = harness.Client;
        var deferral = new InteractionResponse(InteractionResponse.DeferredChannelMessage);

        var errors = new[]
        {
            (await client.RespondAsync("786008729715212338", RestHarness.InteractionToken, deferral, CancellationToken.None)).Error,
            (await client.FollowUpAsync(RestHarness.InteractionToken, new DiscordMessage("Follow"), CancellationToken.None)).Error,
            (await client.EditOriginalAsync(RestHarness.InteractionToken, new DiscordMessage("Edit"), CancellationToken.None)).Error,
            (await client.OverwriteCommandsAsync(null, [], CancellationToken.None)).Error,
            (await client.GetGatewayAsync(CancellationToken.None)).Error,
            (await client.CreateMessageAsync(ChannelId, new DiscordMessage("One"), CancellationToken.None)).Error,
            (await client.CreateMessageAsync(ChannelId, new DiscordMessage("Two"), CancellationToken.None)).Error,
            (await client.CreateMessageAsync(ChannelId, new DiscordMessage("Three"), CancellationToken.None)).Error,
        };

        Assert.Equal(8, server.Requests.Count);
        Assert.Contains(harness.Logs.Lines, line => line.EventId == 4010);
        Assert.Contains(harness.Logs.Lines, line => line.EventId == 4000);
        Assert.Contains(harness.Logs.Lines, line => line.EventId == 4012);
        AssertNoToken(harness.Logs.AllText);
        Assert.All(errors, error => AssertNoToken(error?.Message ?? ""));
    }

    [Fact]
    public async Task FollowUpAsync_NobodyListening_NoTokenInLogs()
    {
        await using var harness = await RestHarness.StartAsync(apiBaseUrl: RestHarness.ClosedApiBaseUrl());

        var result = await harness.Client.FollowUpAsync(RestHarness.InteractionToken, new DiscordMessage("Follow"), CancellationToken.None);

        Assert.NotNull(result.Error);
        Assert.Contains(harness.Logs.Lines, line => line.EventId == 4014);
        AssertNoToken(harness.Logs.AllText);
    }

    private static void AssertNoToken(string text)
    {
        Assert.DoesNotContain(RestHarness.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(RestHarness.InteractionToken, text, StringComparison.Ordinal);
    }
}
