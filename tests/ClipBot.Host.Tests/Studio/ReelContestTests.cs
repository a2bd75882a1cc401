using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClipBot.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ClipBot.Host.Tests.Studio;

/// <summary>
/// A whole community video contest through the Studio API, on the real host (embedded store, the local
/// generator, real ffmpeg): a reel with a song, takes for every shot, votes, the lock, and the final cut,
/// checked frame by frame against the winners.
/// </summary>
[Collection(nameof(SerialMediaCollection))]
public sealed class ReelContestTests(ITestOutputHelper output)
{
    private const int Slots = 6;

    // One second of credits and six shots of two seconds: short takes keep 18 of them quick on 2 cores.
    private const double SongSeconds = 13;
    private const double FrameSeconds = 1.0 / 30;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    // Three scenes with palettes of their own (flames in reds, a blue sea, a green forest), so the takes of a
    // shot look nothing alike; the seed is the shot's, so the shots differ too.
    private static readonly string[] Prompts = ["red flames of a burning fire", "a calm blue ocean", "a green forest"];

    [Fact]
    public async Task Contest_SixShotsOfThreeTakes_FinalCutPlaysEachShotsWinnerForTheSongsLength()
    {
        var clock = Stopwatch.StartNew();
        using var factory = new StudioFactory(new Dictionary<string, string?>
        {
            ["Reel:RecutDelaySeconds"] = "1",
            ["Reel:PollSeconds"] = "0.2",
            ["Reel:CreditsSeconds"] = "1",
            ["Workers:Concurrency"] = "2",
        });
        using var client = factory.CreateClient();
        var song = Path.Combine(factory.DataPath, "song.wav");
        await Ffmpeg.ToneAsync(song, SongSeconds);

        // 1. The reel: the song in six equal shots, made in the Studio's chat channel.
        var reel = await client.CreateReelOkAsync($"Contest --slots {Slots}", song);
        var id = reel.GetProperty("id").GetString()!;
        Assert.Equal(Slots, reel.GetProperty("slots").GetArrayLength());

        // 2. Three takes a shot, each by another fan, from the chat box. On loopback every Studio user is an
        // admin and so exempt from Reel:TakesPerMemberPerSlot; the default of 3 would allow this anyway.
        var takes = new string[Slots + 1, Prompts.Length];
        for (var slot = 1; slot <= Slots; slot++)
        {
            for (var k = 0; k < Prompts.Length; k++)
            {
                takes[slot, k] = await client.QueueTakeAsync($"/clip {Prompts[k]} --seed {slot} --slot {slot}", $"fan{k}");
            }
        }

        foreach (var take in takes)
        {
            if (take is not null)
            {
                var final = await client.WaitForFinalAsync(take, Patience);
                Assert.True(final.GetProperty("status").GetString() == "posted", final.ToString());
            }
        }

        output.WriteLine($"{Slots * Prompts.Length} takes posted after {clock.Elapsed.TotalSeconds:0.0} s");

        // 3. The votes. Self-votes are off by default, so the voters are not the fans who made the takes: two
        // for the winner and one for another take. The winner moves across the shots, so it is not always
        // the oldest take, which wins ties.
        var winners = new string[Slots + 1];
        for (var slot = 1; slot <= Slots; slot++)
        {
            winners[slot] = takes[slot, slot % Prompts.Length];
            await VoteAsync(client, id, winners[slot], "ann");
            await VoteAsync(client, id, winners[slot], "bob");
            await VoteAsync(client, id, takes[slot, (slot + 1) % Prompts.Length], "cal");
        }

        // 4. The lock, with a page listening for the final cut.
        using var listening = new CancellationTokenSource(Patience);
        using var events = await client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, listening.Token);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(listening.Token));
        Assert.Equal("ready", (await reader.ReadEventAsync(listening.Token)).Name);
        using var locked = await client.ReelActionAsync(id, "phase", new { phase = "locked", user = "band" });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);

        // 5. The final cut, as a "reel" event and in GET /api/reels/{id}.
        var announced = await WaitForFinalCutEventAsync(reader, id, listening.Token);
        reel = await client.GetReelAsync(id);
        output.WriteLine($"final cut after {clock.Elapsed.TotalSeconds:0.0} s");

        var cut = reel.GetProperty("cut");
        Assert.True(cut.GetProperty("final").GetBoolean());
        Assert.Equal(cut.GetProperty("url").GetString(), announced.GetProperty("cut").GetProperty("url").GetString());
        Assert.Equal(winners[1..], cut.GetProperty("winners").EnumerateArray().Select(w => w.GetString()));
        var slots = reel.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(winners[1..], slots.Select(s => s.GetProperty("leader").GetString()));
        Assert.All(slots, s => Assert.Equal([2L, 1L, 0L], s.GetProperty("takes").EnumerateArray().Select(t => t.GetProperty("votes").GetInt64())));

        var file = await DownloadAsync(client, factory, cut.GetProperty("url").GetString()!);
        var songSeconds = reel.GetProperty("songSeconds").GetDouble();
        Assert.InRange(songSeconds, SongSeconds - 0.1, SongSeconds + 0.1);
        Assert.InRange(await Ffprobe.DurationAsync(file), songSeconds - FrameSeconds, songSeconds + FrameSeconds);

        // Each shot's middle frame is its winner's poster (a frame from the middle of the take), not another take's.
        foreach (var slot in slots)
        {
            var middle = slot.GetProperty("startSeconds").GetDouble() + (slot.GetProperty("durationSeconds").GetDouble() / 2);
            var frame = await Ffmpeg.FrameAsync(file, middle);
            var distances = new Dictionary<string, double>();
            foreach (var take in slot.GetProperty("takes").EnumerateArray())
            {
                var poster = await DownloadAsync(client, factory, take.GetProperty("posterUrl").GetString()!);
                distances[take.GetProperty("id").GetString()!] = Ffmpeg.Distance(frame, await Ffmpeg.ImageAsync(poster));
            }

            var index = slot.GetProperty("index").GetInt32();
            var closest = distances.MinBy(d => d.Value).Key;
            output.WriteLine($"shot {index}: winner {winners[index]}; {string.Join(", ", distances.Select(d => $"{d.Key} {d.Value:0.0}"))}");
            Assert.True(closest == winners[index], $"shot {index} at {middle:0.00} s: {string.Join(", ", distances.Select(d => $"{d.Key} {d.Value:0.0}"))}; winner {winners[index]}");
        }

        var ballots = await client.GetStringAsync($"/api/reels/{id}/export/ballots.csv");
        Assert.Equal(1 + (3 * Slots), ballots.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        output.WriteLine($"done after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task VoteAsync(HttpClient client, string reel, string take, string user)
    {
        using var response = await client.ReelActionAsync(reel, "votes", new { take, user });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> WaitForFinalCutEventAsync(StreamReader reader, string reelId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (name, data) = await reader.ReadEventAsync(cancellationToken);
            if (name != "reel")
            {
                continue;
            }

            using var reel = JsonDocument.Parse(data);
            var root = reel.RootElement;
            if (root.GetProperty("id").GetString() == reelId && root.GetProperty("cut") is { ValueKind: JsonValueKind.Object } cut && cut.GetProperty("final").GetBoolean())
            {
                return root.Clone();
            }
        }
    }

    private static async Task<string> DownloadAsync(HttpClient client, StudioFactory factory, string url)
    {
        var path = Path.Combine(factory.DataPath, "downloads", Path.GetFileName(url));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync(url));
        return path;
    }
}
