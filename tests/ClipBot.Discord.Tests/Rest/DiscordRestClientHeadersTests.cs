using System.Text.Json.Nodes;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Fakes;

namespace ClipBot.Discord.Tests.Rest;

public sealed class DiscordRestClientHeadersTests
{
    [Theory]
    [InlineData(nameof(FakeDiscordRestRoute.CreateMessage))]
    [InlineData(nameof(FakeDiscordRestRoute.OverwriteGlobalCommands))]
    [InlineData(nameof(FakeDiscordRestRoute.OverwriteGuildCommands))]
    [InlineData(nameof(FakeDiscordRestRoute.GatewayBot))]
    public async Task Call_BotRoute_SendsBotAuthorization(string route)
    {
        await using var harness = await RestHarness.StartAsync();

        await Call(harness.Client, Enum.Parse<FakeDiscordRestRoute>(route));

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(route, request.Route.ToString());
        Assert.Equal($"Bot {RestHarness.Token}", request.Authorization);
    }

    [Theory]
    [InlineData(nameof(FakeDiscordRestRoute.InteractionCallback))]
    [InlineData(nameof(FakeDiscordRestRoute.EditOriginal))]
    [InlineData(nameof(FakeDiscordRestRoute.FollowUp))]
    public async Task Call_InteractionRoute_SendsNoAuthorization(string route)
    {
        await using var harness = await RestHarness.StartAsync();

        await Call(harness.Client, Enum.Parse<FakeDiscordRestRoute>(route));

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(route, request.Route.ToString());
        Assert.Null(request.Authorization);
    }

    [Theory]
    [InlineData(nameof(FakeDiscordRestRoute.InteractionCallback))]
    [InlineData(nameof(FakeDiscordRestRoute.CreateMessage))]
    [InlineData(nameof(FakeDiscordRestRoute.GatewayBot))]
    public async Task Call_AnyRoute_SendsDiscordBotUserAgent(string route)
    {
        await using var harness = await RestHarness.StartAsync();

        await Call(harness.Client, Enum.Parse<FakeDiscordRestRoute>(route));

        var userAgent = Assert.Single(harness.Server.Requests).Header("User-Agent");
        Assert.NotNull(userAgent);
        Assert.Matches(@"^DiscordBot \(https://github\.com/clipbot/clipbot, \d+\.\d+\.\d+[^)]*\)$", userAgent);
    }

    [Fact]
    public async Task CreateMessageAsync_JsonBody_SendsApplicationJson()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateMessageAsync("345626669114982402", new DiscordMessage("Queued."), CancellationToken.None);

        Assert.Equal("application/json", Assert.Single(harness.Server.Requests).ContentType);
    }

    private static Task Call(IDiscordRest client, FakeDiscordRestRoute route) => route switch
    {
        FakeDiscordRestRoute.InteractionCallback => client.RespondAsync(
            "786008729715212338", RestHarness.InteractionToken, new InteractionResponse(InteractionResponse.DeferredChannelMessage), CancellationToken.None),
        FakeDiscordRestRoute.EditOriginal => client.EditOriginalAsync(RestHarness.InteractionToken, new DiscordMessage("Done."), CancellationToken.None),
        FakeDiscordRestRoute.FollowUp => client.FollowUpAsync(RestHarness.InteractionToken, new DiscordMessage("More."), CancellationToken.None),
        FakeDiscordRestRoute.CreateMessage => client.CreateMessageAsync("345626669114982402", new DiscordMessage("Hello."), CancellationToken.None),
        FakeDiscordRestRoute.OverwriteGlobalCommands => client.OverwriteCommandsAsync(null, [], CancellationToken.None),
        FakeDiscordRestRoute.OverwriteGuildCommands => client.OverwriteCommandsAsync("290926798626357999", new JsonArray(), CancellationToken.None),
        FakeDiscordRestRoute.GatewayBot => client.GetGatewayAsync(CancellationToken.None),
        _ => throw new ArgumentOutOfRangeException(nameof(route)),
    };
}
