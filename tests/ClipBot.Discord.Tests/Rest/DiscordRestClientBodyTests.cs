using System.Text.Json.Nodes;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Fakes;

namespace ClipBot.Discord.Tests.Rest;

/// <summary>Each call's method, path and JSON against the reference's shapes (D4, D5, D7, F-D7).</summary>
public sealed class DiscordRestClientBodyTests : IAsyncLifetime
{
    private const string InteractionId = "786008729715212338";
    private const string ChannelId = "345626669114982402";
    private const string UserId = "53908232506183680";

    // F-D7's first line: an ephemeral message with a row of three buttons.
    private const string ReferenceButtonsCallback = """
        {"type":4,"data":{"content":"Pick one","flags":64,"allowed_mentions":{"parse":[]},
         "components":[{"type":1,"components":[
           {"type":2,"custom_id":"click_yes","label":"Accept","style":1},
           {"type":2,"label":"Learn More","style":5,"url":"http://watchanimeattheoffice.com/"},
           {"type":2,"custom_id":"click_no","label":"Decline","style":4}]}]}}
        """;

    // F-D7's modal line.
    private const string ReferenceModalCallback = """
        {"type":9,"data":{"custom_id":"game_feedback_modal","title":"Game Feedback","components":[{"type":18,
         "label":"What did you find interesting about the game?","component":{"type":4,"custom_id":"game_feedback","style":2,"min_length":100,"max_length":4000,"required":true}}]}}
        """;

    private RestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await RestHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task RespondAsync_EphemeralDeferral_SendsType5WithFlags64()
    {
        var response = new InteractionResponse(InteractionResponse.DeferredChannelMessage, new DiscordMessage(null) { Ephemeral = true });

        var result = await _harness.Client.RespondAsync(InteractionId, RestHarness.InteractionToken, response, CancellationToken.None);

        Assert.True(result.IsSuccess);
        var request = Assert.Single(_harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/api/v10/interactions/{InteractionId}/{RestHarness.InteractionToken}/callback", request.Path);
        JsonAssert.Equal("""{"type":5,"data":{"flags":64}}""", request.Payload);
    }

    [Fact]
    public async Task RespondAsync_PublicDeferral_SendsType5Alone()
    {
        var response = new InteractionResponse(InteractionResponse.DeferredChannelMessage);

        await _harness.Client.RespondAsync(InteractionId, RestHarness.InteractionToken, response, CancellationToken.None);

        JsonAssert.Equal("""{"type":5}""", Assert.Single(_harness.Server.Requests).Payload);
    }

    [Fact]
    public async Task RespondAsync_DeferredUpdate_SendsType6Alone()
    {
        var response = new InteractionResponse(InteractionResponse.DeferredUpdate);

        await _harness.Client.RespondAsync(InteractionId, RestHarness.InteractionToken, response, CancellationToken.None);

        JsonAssert.Equal("""{"type":6}""", Assert.Single(_harness.Server.Requests).Payload);
    }

    [Fact]
    public async Task RespondAsync_EphemeralMessageWithButtons_MatchesReference()
    {
        var components = (JsonArray)JsonNode.Parse(ReferenceButtonsCallback)!["data"]!["components"]!.DeepClone();
        var message = new DiscordMessage("Pick one") { Components = components, Ephemeral = true };

        await _harness.Client.RespondAsync(
            InteractionId, RestHarness.InteractionToken, new InteractionResponse(InteractionResponse.ChannelMessage, message), CancellationToken.None);

        JsonAssert.Equal(ReferenceButtonsCallback, Assert.Single(_harness.Server.Requests).Payload);
    }

    [Fact]
    public async Task RespondAsync_UpdateMessage_SendsType7WithoutFlags()
    {
        var message = new DiscordMessage("Accepted") { Components = [], Ephemeral = true };

        await _harness.Client.RespondAsync(
            InteractionId, RestHarness.InteractionToken, new InteractionResponse(InteractionResponse.UpdateMessage, message), CancellationToken.None);

        JsonAssert.Equal(
            """{"type":7,"data":{"content":"Accepted","components":[],"allowed_mentions":{"parse":[]}}}""",
            Assert.Single(_harness.Server.Requests).Payload);
    }

    [Fact]
    public async Task RespondAsync_Modal_MatchesReference()
    {
        var modal = (JsonObject)JsonNode.Parse(ReferenceModalCallback)!["data"]!.DeepClone();

        await _harness.Client.RespondAsync(
            InteractionId, RestHarness.InteractionToken, new InteractionResponse(InteractionResponse.ShowModal, Modal: modal), CancellationToken.None);

        JsonAssert.Equal(ReferenceModalCallback, Assert.Single(_harness.Server.Requests).Payload);
    }

    [Fact]
    public async Task RespondAsync_MessageTypeWithoutMessage_Throws()
    {
        var response = new InteractionResponse(InteractionResponse.ChannelMessage);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            _harness.Client.RespondAsync(InteractionId, RestHarness.InteractionToken, response, CancellationToken.None));

        Assert.Empty(_harness.Server.Requests);
    }

    [Fact]
    public async Task EditOriginalAsync_Message_PatchesOriginalWithoutFlags()
    {
        var message = new DiscordMessage("Your take is ready.") { Ephemeral = true };

        var result = await _harness.Client.EditOriginalAsync(RestHarness.InteractionToken, message, CancellationToken.None);

        Assert.True(result.IsSuccess);
        var request = Assert.Single(_harness.Server.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal($"/api/v10/webhooks/{RestHarness.ApplicationId}/{RestHarness.InteractionToken}/messages/@original", request.Path);
        JsonAssert.Equal("""{"content":"Your take is ready.","allowed_mentions":{"parse":[]}}""", request.Payload);
    }

    [Fact]
    public async Task FollowUpAsync_Ephemeral_PostsToWebhookWithFlags64()
    {
        var message = new DiscordMessage("Only you can see this.") { Ephemeral = true };

        await _harness.Client.FollowUpAsync(RestHarness.InteractionToken, message, CancellationToken.None);

        var request = Assert.Single(_harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/api/v10/webhooks/{RestHarness.ApplicationId}/{RestHarness.InteractionToken}", request.Path);
        JsonAssert.Equal("""{"content":"Only you can see this.","allowed_mentions":{"parse":[]},"flags":64}""", request.Payload);
    }

    [Fact]
    public async Task FollowUpAsync_Answered_ReturnsTheMessageId()
    {
        _harness.Server.Enqueue(
            FakeDiscordRestRoute.FollowUp, FakeDiscordRestResponse.Json(200, """{"id":"844397162624450620","channel_id":"345626669114982999"}"""));

        var result = await _harness.Client.FollowUpAsync(RestHarness.InteractionToken, new DiscordMessage("More."), CancellationToken.None);

        Assert.Equal("844397162624450620", result.Value);
    }

    [Fact]
    public async Task CreateMessageAsync_MentionedUser_AllowsThatUserOnly()
    {
        var message = new DiscordMessage($"<@{UserId}> your take is ready. @everyone") { MentionUserIds = [UserId] };

        await _harness.Client.CreateMessageAsync(ChannelId, message, CancellationToken.None);

        var request = Assert.Single(_harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/api/v10/channels/{ChannelId}/messages", request.Path);
        JsonAssert.Equal(
            $$$"""{"content":"<@{{{UserId}}}> your take is ready. @everyone","allowed_mentions":{"parse":[],"users":["{{{UserId}}}"]}}""",
            request.Payload);
    }

    [Fact]
    public async Task CreateMessageAsync_DefaultAnswer_ReturnsANewIdEachTime()
    {
        var first = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("One."), CancellationToken.None);
        var second = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Two."), CancellationToken.None);

        Assert.Matches("^[0-9]+$", first.Value);
        Assert.Matches("^[0-9]+$", second.Value);
        Assert.NotEqual(first.Value, second.Value);
    }

    [Fact]
    public async Task CreateMessageAsync_SameComponentsTwice_SendsBoth()
    {
        var components = JsonNode.Parse("""[{"type":1,"components":[{"type":2,"custom_id":"vote:1","label":"Vote","style":1}]}]""")!.AsArray();
        var message = new DiscordMessage("Take 1") { Components = components };

        await _harness.Client.CreateMessageAsync(ChannelId, message, CancellationToken.None);
        await _harness.Client.CreateMessageAsync(ChannelId, message, CancellationToken.None);

        Assert.All(_harness.Server.Requests, request => JsonAssert.Equal(components.ToJsonString(), request.Payload!["components"]));
    }

    [Fact]
    public async Task CreateMessageAsync_Ephemeral_Throws()
    {
        var message = new DiscordMessage("Secret") { Ephemeral = true };

        await Assert.ThrowsAsync<ArgumentException>(() => _harness.Client.CreateMessageAsync(ChannelId, message, CancellationToken.None));

        Assert.Empty(_harness.Server.Requests);
    }

    [Fact]
    public async Task CreateMessageAsync_ContentOver2000_Throws()
    {
        var message = new DiscordMessage(new string('a', DiscordMessage.MaxContentLength + 1));

        await Assert.ThrowsAsync<ArgumentException>(() => _harness.Client.CreateMessageAsync(ChannelId, message, CancellationToken.None));

        Assert.Empty(_harness.Server.Requests);
    }

    [Fact]
    public async Task OverwriteCommandsAsync_Global_PutsTheArrayToTheApplication()
    {
        var commands = JsonNode.Parse("""[{"name":"clip","type":1,"description":"Queue a take","options":[{"type":3,"name":"prompt","description":"What to film","required":true}]}]""")!.AsArray();

        var result = await _harness.Client.OverwriteCommandsAsync(null, commands, CancellationToken.None);

        Assert.True(result.IsSuccess);
        var request = Assert.Single(_harness.Server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/api/v10/applications/{RestHarness.ApplicationId}/commands", request.Path);
        JsonAssert.Equal(commands.ToJsonString(), request.Payload);
    }

    [Fact]
    public async Task OverwriteCommandsAsync_Guild_PutsTheArrayToTheGuild()
    {
        var commands = JsonNode.Parse("""[{"name":"reel","type":1,"description":"Run the reel"}]""")!.AsArray();

        await _harness.Client.OverwriteCommandsAsync("290926798626357999", commands, CancellationToken.None);

        var request = Assert.Single(_harness.Server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/api/v10/applications/{RestHarness.ApplicationId}/guilds/290926798626357999/commands", request.Path);
        JsonAssert.Equal(commands.ToJsonString(), request.Payload);
    }

    [Fact]
    public async Task DeleteMessageAsync_BotsMessage_DeletesItWithTheBotToken()
    {
        var result = await _harness.Client.DeleteMessageAsync("81384788765712384", "1190392347813347429", CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var request = Assert.Single(_harness.Server.RequestsTo(FakeDiscordRestRoute.DeleteMessage));
        Assert.Equal(("DELETE", "/api/v10/channels/81384788765712384/messages/1190392347813347429"), (request.Method, request.Path));
        Assert.StartsWith("Bot ", request.Headers["Authorization"].ToString(), StringComparison.Ordinal);
    }
}
