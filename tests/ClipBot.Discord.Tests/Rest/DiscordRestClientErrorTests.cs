using ClipBot.Core.Results;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ClipBot.Discord.Tests.Rest;

/// <summary>Discord's refusals and network faults as <see cref="Error"/>s, and the 401 that ends the token's use.</summary>
public sealed class DiscordRestClientErrorTests : IAsyncLifetime
{
    private const string ChannelId = "345626669114982402";

    private RestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await RestHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task CreateMessageAsync_401_TokenRefusedAndTheNextCallNeverSent()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.Unauthorized());

        var first = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("One"), CancellationToken.None);
        var second = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Two"), CancellationToken.None);
        var gateway = await _harness.Client.GetGatewayAsync(CancellationToken.None);

        Assert.Equal(new Error(ErrorKind.Forbidden, "The Discord token was refused; ClipBot stopped using it."), first.Error);
        Assert.Equal(first.Error, second.Error);
        Assert.Equal(first.Error, gateway.Error);
        Assert.Single(_harness.Server.Requests);
        Assert.Equal(1, _harness.Logs.Count(4010));
    }

    [Fact]
    public async Task GetGatewayAsync_TokenNotTheOneDiscordKnows_TokenRefused()
    {
        _harness.Server.RequiredToken = "another-token";

        var result = await _harness.Client.GetGatewayAsync(CancellationToken.None);

        Assert.Equal(DiscordErrors.TokenRefused, result.Error);
    }

    [Fact]
    public async Task RespondAsync_AfterTokenRefused_StillSent()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.Unauthorized());
        await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("One"), CancellationToken.None);

        var result = await _harness.Client.RespondAsync(
            "786008729715212338", RestHarness.InteractionToken, new InteractionResponse(InteractionResponse.DeferredChannelMessage), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Single(_harness.Server.RequestsTo(FakeDiscordRestRoute.InteractionCallback));
    }

    [Fact]
    public async Task FollowUpAsync_401InvalidWebhookToken_InteractionExpiredAndTheBotTokenKept()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.FollowUp, FakeDiscordRestResponse.Error(401, DiscordErrorCodes.InvalidWebhookToken, "Invalid Webhook Token"));

        var followUp = await _harness.Client.FollowUpAsync(RestHarness.InteractionToken, new DiscordMessage("Late"), CancellationToken.None);
        var message = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Posted"), CancellationToken.None);

        Assert.Equal(new Error(ErrorKind.NotFound, "The interaction expired."), followUp.Error);
        Assert.True(message.IsSuccess);
    }

    [Theory]
    [InlineData(404, DiscordErrorCodes.UnknownInteraction, ErrorKind.NotFound, "The interaction expired.")]
    [InlineData(404, DiscordErrorCodes.UnknownChannel, ErrorKind.NotFound, null)]
    [InlineData(404, DiscordErrorCodes.UnknownMessage, ErrorKind.NotFound, null)]
    [InlineData(404, DiscordErrorCodes.UnknownWebhook, ErrorKind.NotFound, "The interaction expired.")]
    [InlineData(400, DiscordErrorCodes.InteractionAlreadyAcknowledged, ErrorKind.Invalid, null)]
    [InlineData(400, DiscordErrorCodes.MaxFollowUps, ErrorKind.Invalid, null)]
    [InlineData(400, DiscordErrorCodes.InvalidFormBody, ErrorKind.Invalid, null)]
    [InlineData(400, DiscordErrorCodes.EmptyMessage, ErrorKind.Invalid, null)]
    [InlineData(403, DiscordErrorCodes.MissingPermissions, ErrorKind.Forbidden, null)]
    [InlineData(403, DiscordErrorCodes.MissingAccess, ErrorKind.Forbidden, null)]
    [InlineData(400, DiscordErrorCodes.FileTooLarge, ErrorKind.Invalid, "The file is too big for this channel.")]
    [InlineData(413, DiscordErrorCodes.RequestEntityTooLarge, ErrorKind.Invalid, "The file is too big for this channel.")]
    [InlineData(400, DiscordErrorCodes.MaxAttachments, ErrorKind.Invalid, null)]
    [InlineData(400, DiscordErrorCodes.MaxDailyCommandCreates, ErrorKind.RateLimited, null)]
    [InlineData(400, 0, ErrorKind.Invalid, null)]
    [InlineData(403, 0, ErrorKind.Forbidden, null)]
    [InlineData(404, 0, ErrorKind.NotFound, null)]
    public async Task CreateMessageAsync_DiscordErrorCode_MapsToKind(int status, int code, ErrorKind kind, string? message)
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.Error(status, code, "Discord's own words"));

        var result = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.Equal(kind, result.Error?.Kind);
        Assert.DoesNotContain("Discord's own words", result.Error!.Message, StringComparison.Ordinal);
        if (message is not null)
        {
            Assert.Equal(message, result.Error.Message);
        }
    }

    [Fact]
    public async Task CreateMessageAsync_InvalidFormBody_LogsTheFirstFieldPathButDoesNotSayIt()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.Error(
            400,
            DiscordErrorCodes.InvalidFormBody,
            "Invalid Form Body",
            """{"components":{"0":{"components":{"0":{"custom_id":{"_errors":[{"code":"BASE_TYPE_BAD_LENGTH","message":"Must be between 1 and 100 in length."}]}}}}}}"""));

        var result = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.Equal(ErrorKind.Invalid, result.Error?.Kind);
        Assert.DoesNotContain("custom_id", result.Error!.Message, StringComparison.Ordinal);
        var logged = Assert.Single(_harness.Logs.Lines, line => line.EventId == 4012);
        Assert.Contains("components.0.components.0.custom_id", logged.Text, StringComparison.Ordinal);
        Assert.Contains("BASE_TYPE_BAD_LENGTH", logged.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task CreateMessageAsync_ServerError_TransientWithoutRetry(int status)
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.ServerError(status));

        var result = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.Equal(ErrorKind.Transient, result.Error?.Kind);
        Assert.Single(_harness.Server.Requests);
    }

    [Fact]
    public async Task CreateMessageAsync_403_CountsAsInvalidRequest()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.Error(403, DiscordErrorCodes.MissingPermissions, "Missing Permissions"));

        await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.Equal(1, _harness.InvalidRequests.Count);
    }

    [Fact]
    public async Task CreateMessageAsync_SuccessWithoutId_Transient()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.Json(200, "<html>not json</html>"));

        var result = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.Equal(ErrorKind.Transient, result.Error?.Kind);
    }

    [Fact]
    public async Task CreateMessageAsync_NobodyListening_Transient()
    {
        await using var closed = await RestHarness.StartAsync(apiBaseUrl: RestHarness.ClosedApiBaseUrl());

        var result = await closed.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.Equal(ErrorKind.Transient, result.Error?.Kind);
    }

    [Fact]
    public async Task CreateMessageAsync_NoAnswerWithinTheTimeout_Transient()
    {
        await using var slow = await RestHarness.StartAsync(services =>
            services.AddHttpClient(DiscordRequestSender.HttpClientName, client => client.Timeout = TimeSpan.FromMilliseconds(200)));
        slow.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.Success.WithDelay(TimeSpan.FromSeconds(3)));

        var result = await slow.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.Equal(DiscordErrors.TimedOut, result.Error);
    }

    [Fact]
    public async Task CreateMessageAsync_CallerCancels_Throws()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.Success.WithDelay(TimeSpan.FromSeconds(3)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), cancellation.Token));
    }
}
