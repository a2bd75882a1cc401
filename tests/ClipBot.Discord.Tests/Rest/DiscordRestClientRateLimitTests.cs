using System.Diagnostics;
using ClipBot.Core.Results;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Fakes;

namespace ClipBot.Discord.Tests.Rest;

/// <summary>D8's limits against real waits on loopback (each well under a second).</summary>
public sealed class DiscordRestClientRateLimitTests : IAsyncLifetime
{
    private const string ChannelId = "345626669114982402";
    private const string OtherChannelId = "645027906669510667";

    // Timers fire on whole milliseconds; the fake's clock is finer. A wait of N ms can measure a hair under N.
    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(5);

    private RestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await RestHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task CreateMessageAsync_429RetryAfter300Ms_WaitsThenRetriesOnce()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.RateLimited(0.3));
        var clock = Stopwatch.StartNew();

        var result = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.3), $"{clock.Elapsed}");
        var requests = _harness.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(0.3) - TimerSlack);
    }

    [Fact]
    public async Task CreateMessageAsync_429EveryTime_RateLimitedAfterThreeAttempts()
    {
        _harness.Server.SetDefault(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.RateLimited(0.02));

        var result = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.Equal(ErrorKind.RateLimited, result.Error?.Kind);
        Assert.Equal(DiscordRequestSender.MaxAttempts, _harness.Server.Requests.Count);
    }

    [Fact]
    public async Task CreateMessageAsync_GlobalRateLimit_PausesAConcurrentRequestOnAnotherRoute()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.GlobalRateLimited(0.5));

        var first = _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);
        var limited = await _harness.Server.WaitForRequestAsync(FakeDiscordRestRoute.CreateMessage);
        await Task.Delay(50);
        var other = await _harness.Client.OverwriteCommandsAsync(null, [], CancellationToken.None);

        Assert.True(other.IsSuccess);
        Assert.True((await first).IsSuccess);
        var overwrite = Assert.Single(_harness.Server.RequestsTo(FakeDiscordRestRoute.OverwriteGlobalCommands));
        Assert.True(overwrite.ReceivedAt - limited.ReceivedAt >= TimeSpan.FromSeconds(0.5) - TimerSlack, $"{overwrite.ReceivedAt - limited.ReceivedAt}");
        var retried = _harness.Server.RequestsTo(FakeDiscordRestRoute.CreateMessage)[1];
        Assert.True(retried.ReceivedAt - limited.ReceivedAt >= TimeSpan.FromSeconds(0.5) - TimerSlack);
    }

    [Fact]
    public async Task RespondAsync_DuringGlobalPause_GoesAtOnce()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.GlobalRateLimited(1));
        var first = _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);
        var limited = await _harness.Server.WaitForRequestAsync(FakeDiscordRestRoute.CreateMessage);
        await Task.Delay(50);

        var result = await _harness.Client.RespondAsync(
            "786008729715212338", RestHarness.InteractionToken, new InteractionResponse(InteractionResponse.DeferredChannelMessage), CancellationToken.None);

        Assert.True(result.IsSuccess);
        var callback = Assert.Single(_harness.Server.RequestsTo(FakeDiscordRestRoute.InteractionCallback));
        Assert.True(callback.ReceivedAt - limited.ReceivedAt < TimeSpan.FromSeconds(0.6), $"{callback.ReceivedAt - limited.ReceivedAt}");
        Assert.True((await first).IsSuccess);
    }

    [Fact]
    public async Task RespondAsync_Global429_RetriesAfterTheWait()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.InteractionCallback, FakeDiscordRestResponse.GlobalRateLimited(0.2));
        var deferral = new InteractionResponse(InteractionResponse.DeferredChannelMessage);

        var result = await _harness.Client.RespondAsync("786008729715212338", RestHarness.InteractionToken, deferral, CancellationToken.None);

        Assert.True(result.IsSuccess);
        var requests = _harness.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(0.2) - TimerSlack);
    }

    [Fact]
    public async Task CreateMessageAsync_BucketExhausted_NextCallWaitsForTheReset()
    {
        _harness.Server.Enqueue(
            FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.Success.WithBucket("80c17d2f203122d936070c88c8d10f33", 5, 0, 0.4));

        await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("One"), CancellationToken.None);
        var second = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Two"), CancellationToken.None);

        Assert.True(second.IsSuccess);
        var requests = _harness.Server.Requests;
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(0.4) - TimerSlack, $"{requests[1].ReceivedAt - requests[0].ReceivedAt}");
    }

    [Fact]
    public async Task CreateMessageAsync_BucketExhaustedOnAnotherChannel_GoesAtOnce()
    {
        _harness.Server.Enqueue(
            FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.Success.WithBucket("80c17d2f203122d936070c88c8d10f33", 5, 0, 2));

        await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("One"), CancellationToken.None);
        var clock = Stopwatch.StartNew();
        await _harness.Client.CreateMessageAsync(OtherChannelId, new DiscordMessage("Two"), CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.Elapsed}");
    }

    [Fact]
    public async Task EditOriginalAsync_SharedBucketExhaustedByFollowUp_Waits()
    {
        const string hash = "41f9cd5d28af77da04563bcb1d67fdfd";
        _harness.Server.Enqueue(FakeDiscordRestRoute.EditOriginal, FakeDiscordRestResponse.Success.WithBucket(hash, 5, 4, 5));
        _harness.Server.Enqueue(FakeDiscordRestRoute.FollowUp, FakeDiscordRestResponse.Success.WithBucket(hash, 5, 0, 0.4));

        await _harness.Client.EditOriginalAsync(RestHarness.InteractionToken, new DiscordMessage("Edit"), CancellationToken.None);
        await _harness.Client.FollowUpAsync(RestHarness.InteractionToken, new DiscordMessage("Follow"), CancellationToken.None);
        await _harness.Client.EditOriginalAsync(RestHarness.InteractionToken, new DiscordMessage("Edit again"), CancellationToken.None);

        var requests = _harness.Server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.True(requests[2].ReceivedAt - requests[1].ReceivedAt >= TimeSpan.FromSeconds(0.4) - TimerSlack, $"{requests[2].ReceivedAt - requests[1].ReceivedAt}");
    }

    [Fact]
    public async Task CreateMessageAsync_RetryAfterLongerThanMaxWait_RateLimitedWithoutWaiting()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.RateLimited(1336.57, scope: "shared"));
        var clock = Stopwatch.StartNew();

        var result = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.Equal(ErrorKind.RateLimited, result.Error?.Kind);
        Assert.Single(_harness.Server.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.Elapsed}");
    }

    [Fact]
    public async Task CreateMessageAsync_CancelledWhileWaitingOut429_Throws()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.RateLimited(30));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), cancellation.Token));

        Assert.Single(_harness.Server.Requests);
    }

    [Fact]
    public async Task CreateMessageAsync_UserScope429_CountsAsInvalidRequest()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.RateLimited(0.01));

        await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.Equal(1, _harness.InvalidRequests.Count);
    }

    [Fact]
    public async Task CreateMessageAsync_SharedScope429_NotCountedButWaited()
    {
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.RateLimited(0.2, scope: "shared"));
        var clock = Stopwatch.StartNew();

        var result = await _harness.Client.CreateMessageAsync(ChannelId, new DiscordMessage("Take"), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.2));
        Assert.Equal(0, _harness.InvalidRequests.Count);
    }
}
