using ClipBot.Discord.Tests.Fakes;

namespace ClipBot.Discord.Tests.Rest;

/// <summary><c>GET /gateway/bot</c>: the URL, and the session start limit that keeps a restarting bot's token safe.</summary>
public sealed class DiscordRestClientGatewayTests : IAsyncLifetime
{
    private const string GatewayUrl = "ws://127.0.0.1:9/gateway";

    private RestHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await RestHarness.StartAsync();
        _harness.Server.GatewayUrl = GatewayUrl;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task GetGatewayAsync_Answered_ReturnsTheUrlAndTheSessionStartLimit()
    {
        var result = await _harness.Client.GetGatewayAsync(CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new Uri(GatewayUrl), result.Value.Url);
        Assert.Equal(999, result.Value.SessionsRemaining);
        Assert.Equal(TimeSpan.FromHours(4), result.Value.SessionsResetAfter);
        Assert.Equal("/api/v10/gateway/bot", Assert.Single(_harness.Server.Requests).Path);
    }

    [Fact]
    public async Task GetGatewayAsync_NoSessionsLeft_ReadsRemainingAndResetAfter()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.GatewayBot, FakeDiscordRestResponse.Json(200, $$$"""
            {"url":"{{{GatewayUrl}}}","shards":1,"session_start_limit":{"total":1000,"remaining":0,"reset_after":61234,"max_concurrency":1}}
            """));

        var result = await _harness.Client.GetGatewayAsync(CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(0, result.Value.SessionsRemaining);
        Assert.Equal(TimeSpan.FromMilliseconds(61_234), result.Value.SessionsResetAfter);
    }

    [Fact]
    public async Task GetGatewayAsync_NoSessionStartLimit_ReturnsTheUrlWithNoLimit()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.GatewayBot, FakeDiscordRestResponse.Json(200, $$"""{"url":"{{GatewayUrl}}","shards":1}"""));

        var result = await _harness.Client.GetGatewayAsync(CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new Uri(GatewayUrl), result.Value.Url);
        Assert.Null(result.Value.SessionsRemaining);
        Assert.Null(result.Value.SessionsResetAfter);
    }

    [Theory]
    [InlineData("\"soon\"")]
    [InlineData("""{"remaining":"0","reset_after":"61234"}""")]
    [InlineData("""{"remaining":-1,"reset_after":-5}""")]
    [InlineData("""{"remaining":0.5,"reset_after":1e300}""")]
    public async Task GetGatewayAsync_SessionStartLimitUnreadable_ReturnsTheUrlWithNoLimit(string limit)
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.GatewayBot, FakeDiscordRestResponse.Json(200, $$"""{"url":"{{GatewayUrl}}","session_start_limit":{{limit}}}"""));

        var result = await _harness.Client.GetGatewayAsync(CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new Uri(GatewayUrl), result.Value.Url);
        Assert.Null(result.Value.SessionsRemaining);
        Assert.Null(result.Value.SessionsResetAfter);
    }
}
