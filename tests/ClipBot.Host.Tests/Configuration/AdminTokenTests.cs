using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ClipBot.Host.Tests.Infrastructure;

namespace ClipBot.Host.Tests.Configuration;

/// <summary>Beyond loopback, the Studio's write actions need the admin token; reads stay open.</summary>
public sealed class AdminTokenTests
{
    private const string Token = "test-admin-token-123";

    [Fact]
    public async Task PostCommand_NonLoopbackWithoutToken_Returns401()
    {
        using var factory = NonLoopback();
        using var client = factory.CreateClient();

        using var response = await client.SendCommandAsync("/help");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostCommand_NonLoopbackWithWrongToken_Returns401()
    {
        using var factory = NonLoopback();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");

        using var response = await client.SendCommandAsync("/help");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostCommand_NonLoopbackWithToken_IsServed()
    {
        using var factory = NonLoopback();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await client.SendCommandAsync("/help");
        using var read = await client.GetAsync("/api/takes");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task ReelWritesAndExports_NonLoopbackWithoutToken_Return401WhileReadsAreServed()
    {
        using var factory = NonLoopback();
        using var client = factory.CreateClient();

        using var create = await client.CreateReelAsync("Night Drive --slots 3");
        using var action = await client.PostAsJsonAsync("/api/actions", new { action = "v1:vote:abcd2345efgh" });
        using var phase = await client.ReelActionAsync("abcd2345", "phase", new { phase = "voting" });
        using var vote = await client.ReelActionAsync("abcd2345", "votes", new { take = "abcd2345efgh" });
        using var export = await client.GetAsync("/api/reels/abcd2345/export/ballots.csv");
        using var list = await client.GetAsync("/api/reels");

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized],
            new[] { create, action, phase, vote, export }.Select(r => r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    private static StudioFactory NonLoopback() => new(new Dictionary<string, string?>
    {
        ["Web:BindAddress"] = "0.0.0.0",
        ["Web:AdminToken"] = Token,
        ["Roles:Run"] = "web",
    });
}
