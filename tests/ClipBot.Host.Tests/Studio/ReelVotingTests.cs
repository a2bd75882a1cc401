using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ClipBot.Host.Tests.Studio;

/// <summary>Votes through the Studio: the Vote button under a reel's take, the vote rules' refusals, and hidden tallies.</summary>
public sealed class ReelVotingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task VoteButton_HiddenTallies_CountsWithoutShowingUntilTheLock()
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { ["Reel:CreditsSeconds"] = "1", ["Reel:PollSeconds"] = "0.2" });
        using var client = factory.CreateClient();
        var id = (await client.CreateReelOkAsync("Hidden --slots 1 --seconds 1 --tallies hidden")).GetProperty("id").GetString()!;
        var ocean = await client.MakeTakeAsync("/clip a calm blue ocean --slot 1", "fan0", Patience);
        var forest = await client.MakeTakeAsync("/clip a green forest --slot 1", "fan1", Patience);
        var button = ocean.GetProperty("buttons").EnumerateArray().Single();

        using var own = await client.PostAsJsonAsync("/api/actions", new { action = button.GetProperty("action").GetString(), user = "fan0" });
        using var vote = await client.PostAsJsonAsync("/api/actions", new { action = button.GetProperty("action").GetString(), user = "ann" });
        var hidden = await client.GetReelAsync(id);
        using var locked = await client.ReelActionAsync(id, "phase", new { phase = "locked" });
        var shown = await client.GetReelAsync(id);
        using var late = await client.ReelActionAsync(id, "votes", new { take = forest.GetProperty("id").GetString(), user = "bob" });
        var after = await client.GetTakeAsync(ocean.GetProperty("id").GetString()!);

        Assert.Equal("Vote", button.GetProperty("label").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("your own take", await own.ErrorOfAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, vote.StatusCode);
        Assert.DoesNotContain("vote.", (await vote.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
        var slot = hidden.GetProperty("slots")[0];
        Assert.True(hidden.GetProperty("talliesHidden").GetBoolean());
        Assert.Equal(JsonValueKind.Null, slot.GetProperty("leader").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("credits").ValueKind);
        Assert.All(slot.GetProperty("takes").EnumerateArray(), t => Assert.Equal(JsonValueKind.Null, t.GetProperty("votes").ValueKind));
        Assert.Equal([ocean.GetProperty("id").GetString(), forest.GetProperty("id").GetString()], slot.GetProperty("takes").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.False(shown.GetProperty("talliesHidden").GetBoolean());
        Assert.Equal(ocean.GetProperty("id").GetString(), shown.GetProperty("slots")[0].GetProperty("leader").GetString());
        Assert.Equal([1L, 0L], shown.GetProperty("slots")[0].GetProperty("takes").EnumerateArray().Select(t => t.GetProperty("votes").GetInt64()));
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        Assert.Contains("locked", await late.ErrorOfAsync(), StringComparison.Ordinal);
        Assert.Equal(0, after.GetProperty("buttons").GetArrayLength());
    }

    [Fact]
    public async Task Events_VotesCastInChat_OpenPageGetsEachNewCount()
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { ["Reel:PollSeconds"] = "0.2" });
        using var client = factory.CreateClient();
        var reel = new ReelId((await client.CreateReelOkAsync("Live --slots 1 --seconds 1")).GetProperty("id").GetString()!);
        var take = new TakeId((await client.MakeTakeAsync("/clip a calm blue ocean --slot 1", "fan0", Patience)).GetProperty("id").GetString()!);
        using var listening = new CancellationTokenSource(Patience);
        using var events = await client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, listening.Token);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(listening.Token));
        Assert.Equal("ready", (await reader.ReadEventAsync(listening.Token)).Name);
        var counts = Channel.CreateUnbounded<long>();
        var pump = PumpVoteCountsAsync(reader, reel, take, counts.Writer, listening.Token);

        // Votes as chat casts them: through the ballot box, with no call to the page's own API. The first look
        // after a page opens takes what it finds as already shown, so a vote that lands before it is shown only
        // with the next one: vote again until a count arrives, then every later vote must arrive as well.
        var box = factory.Services.GetRequiredService<IBallotBox>();
        var voters = 0;
        var shown = new List<long>();
        while (shown.Count < 3 && voters < 20)
        {
            await box.CastAsync(reel, 1, take, $"chat-{++voters}", DateTimeOffset.UtcNow, listening.Token);
            if (await NextCountAsync(counts.Reader, voters, TimeSpan.FromSeconds(shown.Count == 0 ? 2 : 30), listening.Token) is { } count)
            {
                shown.Add(count);
            }
        }

        Assert.Equal(3, shown.Count);
        Assert.Equal(Enumerable.Range(voters - 2, 3).Select(v => (long)v), shown);
        await listening.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pump);
    }

    [Fact]
    public async Task Take_OutsideAReel_HasNoVoteButton()
    {
        using var factory = new StudioFactory();
        using var client = factory.CreateClient();

        var take = await client.MakeTakeAsync("/clip a quiet lake --duration 1", "mia", Patience);

        Assert.Equal(JsonValueKind.Null, take.GetProperty("reel").ValueKind);
        Assert.Equal(0, take.GetProperty("buttons").GetArrayLength());
    }

    // The take's votes in each "reel" event of the reel, in order.
    private static async Task PumpVoteCountsAsync(StreamReader reader, ReelId reel, TakeId take, ChannelWriter<long> counts, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (name, data) = await reader.ReadEventAsync(cancellationToken);
            using var json = JsonDocument.Parse(data);
            if (name == "reel" && json.RootElement.GetProperty("id").GetString() == reel.Value)
            {
                var votes = json.RootElement.GetProperty("slots")[0].GetProperty("takes").EnumerateArray()
                    .Single(t => t.GetProperty("id").GetString() == take.Value).GetProperty("votes");
                counts.TryWrite(votes.GetInt64());
            }
        }
    }

    // The first count shown that equals the votes cast, or null when none comes in time.
    private static async Task<long?> NextCountAsync(ChannelReader<long> counts, long expected, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(wait);
        try
        {
            while (true)
            {
                if (await counts.ReadAsync(patience.Token) is var count && count == expected)
                {
                    return count;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
