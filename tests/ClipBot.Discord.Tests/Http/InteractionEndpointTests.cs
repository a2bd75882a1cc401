using System.Net;
using System.Text.Json.Nodes;
using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Interactions;
using Microsoft.Extensions.Time.Testing;
using static ClipBot.Discord.Tests.Interactions.InteractionPayloads;

namespace ClipBot.Discord.Tests.Http;

/// <summary><c>POST /discord/interactions</c> on loopback, signed as Discord signs, with F-D1's key.</summary>
public sealed class InteractionEndpointTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_010));
    private InteractionHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await InteractionHarness.StartWebAsync(_time);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Post_ReferencePing_PongAsJson()
    {
        using var response = await PostAsync(InteractionSignatureTests.Body, InteractionSignatureTests.Timestamp, InteractionSignatureTests.Signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
        Assert.Empty(_harness.Rest.Calls);
    }

    [Fact]
    public async Task Post_OneByteOfTheBodyChanged_Unauthorized()
    {
        using var response = await PostAsync(InteractionSignatureTests.Body + " ", InteractionSignatureTests.Timestamp, InteractionSignatureTests.Signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_StaleTimestamp_Unauthorized()
    {
        _time.Advance(TimeSpan.FromMinutes(6));

        using var response = await PostAsync(InteractionSignatureTests.Body, InteractionSignatureTests.Timestamp, InteractionSignatureTests.Signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoSignature_UnauthorizedAndNothingParsedOrSent()
    {
        using var response = await PostAsync(InteractionSignatureTests.Body, timestamp: null, signature: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_harness.Rest.Calls);
    }

    [Fact]
    public async Task Post_SignedGarbage_BadRequest()
    {
        var body = "not json";

        using var response = await PostAsync(body, InteractionSignatureTests.Timestamp, InteractionSigner.Sign(InteractionSignatureTests.Timestamp, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedSlashCommand_DeferredThroughTheCallbackThen202WithNoBody()
    {
        _harness.Outcome = new CommandOutcome(new ChatReply("Queued.", Ephemeral: false), Accepted: true);
        using var request = InteractionSigner.Signed(SlashCommand("clip", Options(Option("prompt", "a neon city"))).ToJsonString(), _time);

        using var response = await _harness.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal(InteractionResponse.DeferredChannelMessage, _harness.Rest.Calls[0].Response!.Type);
        await WaitForAsync(() => _harness.Rest.CallsTo(nameof(IDiscordRest.EditOriginalAsync)).Count == 1);
        Assert.Equal("a neon city", Assert.Single(_harness.Dispatched).Arguments);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? timestamp, string? signature)
    {
        using var request = InteractionSigner.Request(body, timestamp, signature);
        return await _harness.Client.SendAsync(request);
    }
}
