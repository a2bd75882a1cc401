using System.Net;
using ClipBot.Discord.Tests.Fakes;
using ClipBot.Discord.Tests.Http;
using Xunit.Abstractions;

namespace ClipBot.Discord.Tests.EndToEnd;

/// <summary>The full loop in both modes, through the host's real composition, against the fake Discord.</summary>
[Collection(nameof(EndToEndCollection))]
public sealed class DiscordLoopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FullLoop_GatewayMode_ClipPostedVotedLockedAndTheCutPosted()
    {
        await using var rest = await FakeDiscordRest.StartAsync();
        await using var gateway = await FakeDiscordGateway.StartAsync();

        // Discord's own interval (about 41 s), not the fake's quick one: on a loaded machine a late ACK within
        // 300 ms made the client drop the connection as a zombie just as an interaction went out on it.
        gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        using var host = new DiscordHostFactory(Settings(rest, "Gateway", gateway.Url.ToString()));
        _ = host.Services;
        await gateway.WaitForFrameAsync(frame => frame.Op == 2);

        await new DiscordLoop(rest, interaction => gateway.Latest.DispatchInteractionAsync(interaction.ToJsonString()), output.WriteLine).RunAsync();
    }

    [Fact]
    public async Task FullLoop_HttpMode_ClipPostedVotedLockedAndTheCutPosted()
    {
        await using var rest = await FakeDiscordRest.StartAsync();
        using var host = new DiscordHostFactory(Settings(rest, "Http", gatewayUrl: ""));
        using var client = host.CreateClient();

        await new DiscordLoop(rest, async interaction =>
        {
            using var request = InteractionSigner.Signed(interaction.ToJsonString(), TimeProvider.System);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }, output.WriteLine).RunAsync();
    }

    private static Dictionary<string, string> Settings(FakeDiscordRest rest, string mode, string gatewayUrl) => new()
    {
        ["Discord:Token"] = "bot-token",
        ["Discord:ApplicationId"] = rest.ApplicationId,
        ["Discord:ApiBaseUrl"] = rest.BaseUrl,
        ["Discord:Mode"] = mode,
        ["Discord:GatewayUrl"] = gatewayUrl,
        ["Discord:PublicKey"] = InteractionSigner.PublicKey,
        ["Reel:PollSeconds"] = "0.2",
    };
}
