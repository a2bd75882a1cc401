using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClipBot.Core.Chat;
using ClipBot.Core.Takes;
using ClipBot.Host.Tests.Infrastructure;

namespace ClipBot.Host.Tests.Studio;

/// <summary>/api/reels and /api/actions on a host without a worker: creating reels, their JSON, and each action's answers.</summary>
public sealed class ReelApiTests(WebOnlyFixture fixture) : IClassFixture<WebOnlyFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task CreateReel_SilentWithSlots_Returns201WithTheReel()
    {
        using var response = await _client.CreateReelAsync("Night Drive --slots 3 --seconds 2");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reel = body.GetProperty("reel");
        var id = reel.GetProperty("id").GetString()!;
        var fetched = await _client.GetReelAsync(id);
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/reels");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/reels/{id}", response.Headers.Location?.OriginalString);
        Assert.Contains(id, body.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Night Drive", fetched.GetProperty("name").GetString());
        Assert.Equal("open", fetched.GetProperty("phase").GetString());
        Assert.True(fetched.GetProperty("studioChat").GetBoolean());
        Assert.Equal([2.0, 2.0, 2.0], fetched.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("durationSeconds").GetDouble()));
        Assert.Equal(1280, fetched.GetProperty("width").GetInt32());
        Assert.Equal(JsonValueKind.Null, fetched.GetProperty("cut").ValueKind);
        Assert.Equal(id, list[0].GetProperty("id").GetString());
        Assert.Equal(3, list[0].GetProperty("slotCount").GetInt32());
    }

    [Fact]
    public async Task CreateReel_WithSong_ImportsItAndDeletesTheUpload()
    {
        var song = Path.Combine(fixture.Factory.DataPath, "tone.wav");
        await Ffmpeg.ToneAsync(song, 8);

        var reel = await _client.CreateReelOkAsync("Tone --slots 2", song);

        Assert.InRange(reel.GetProperty("songSeconds").GetDouble(), 7.9, 8.1);
        Assert.Equal(2, reel.GetProperty("slots").GetArrayLength());
        Assert.Empty(Uploads());
    }

    [Fact]
    public async Task CreateReel_SongOverTheCapWithoutLength_Returns413AndKeepsNoFile()
    {
        using var form = new MultipartFormDataContent { { new StringContent("Too Long --slots 2"), "command" } };
        form.Add(new EndlessContent(), "song", "huge.wav");

        using var response = await _client.PostAsync("/api/reels", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("50 MB", await response.ErrorOfAsync(), StringComparison.Ordinal);
        Assert.Empty(Uploads());
    }

    [Fact]
    public async Task CreateReel_DeclaredLengthOverTheCap_Returns413BeforeReading()
    {
        using var content = new StringContent("x");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        content.Headers.ContentLength = 60L * 1024 * 1024;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reels") { Content = content };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("", "`command` field")]
    [InlineData("--slots 3", "name")]
    [InlineData("Bad --slots 0", "--slots 0")]
    [InlineData("Silent", "needs its shots")]
    public async Task CreateReel_BadCommand_Returns400WithTheReason(string arguments, string expected)
    {
        using var response = await _client.CreateReelAsync(arguments);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.ErrorOfAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateReel_NotMultipart_Returns400WithTheExpectedForm()
    {
        using var response = await _client.PostAsJsonAsync("/api/reels", new { command = "Night Drive --slots 3" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("multipart/form-data", await response.ErrorOfAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/reels/abc")]
    [InlineData("/api/reels/zzzzzzzz")]
    [InlineData("/api/reels/..%2F..%2Fstore")]
    [InlineData("/api/reels/zzzzzzzz/export/credits.txt")]
    public async Task Get_BadOrUnknownReel_Returns404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Phase_VotingUntil2h_SetsPhaseAndSchedule()
    {
        var id = await NewReelAsync();

        using var response = await _client.ReelActionAsync(id, "phase", new { phase = "voting", until = "2h" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reel = body.GetProperty("reel");
        Assert.Equal("voting", reel.GetProperty("phase").GetString());
        Assert.Equal("locked", reel.GetProperty("schedule").GetProperty("next").GetString());
        Assert.InRange(reel.GetProperty("schedule").GetProperty("at").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(119), DateTimeOffset.UtcNow.AddMinutes(121));
        Assert.Contains("in voting", body.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phase_OfAReelNotInTheChat_ChangesThatReelOnly()
    {
        var first = await NewReelAsync();
        var second = await NewReelAsync();

        using var response = await _client.ReelActionAsync(first, "phase", new { phase = "voting" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("voting", (await _client.GetReelAsync(first)).GetProperty("phase").GetString());
        Assert.Equal("open", (await _client.GetReelAsync(second)).GetProperty("phase").GetString());
        Assert.True((await _client.GetReelAsync(second)).GetProperty("studioChat").GetBoolean());
    }

    [Theory]
    [InlineData("closed", null, "open, voting or locked")]
    [InlineData("voting", "2 h", "`until`")]
    [InlineData("voting", "2h --ban x", "`until`")]
    [InlineData("voting", "yesterday", "is not a time")]
    [InlineData("locked", "2h", "stays locked")]
    public async Task Phase_BadPhaseOrUntil_Returns400(string phase, string? until, string expected)
    {
        var id = await NewReelAsync();

        using var response = await _client.ReelActionAsync(id, "phase", new { phase, until });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.ErrorOfAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phase_SameAgain_Returns400SayingSo()
    {
        var id = await NewReelAsync();

        using var response = await _client.ReelActionAsync(id, "phase", new { phase = "open" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already open", await response.ErrorOfAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_ValidShot_IsSetAndShown()
    {
        var id = await NewReelAsync();

        using var response = await _client.ReelActionAsync(id, "slots/2/brief", new { text = "a car on a night road" });
        var reel = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("a car on a night road", reel.GetProperty("slots")[1].GetProperty("brief").GetString());
        Assert.Equal(JsonValueKind.Null, reel.GetProperty("slots")[0].GetProperty("brief").ValueKind);
    }

    [Fact]
    public async Task Brief_ShotOutOfRange_Returns404()
    {
        var id = await NewReelAsync();

        using var response = await _client.ReelActionAsync(id, "slots/9/brief", new { text = "nothing" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("shots 1 to 3", await response.ErrorOfAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ShotsAndCredits_AreFilesOfTheReel()
    {
        var id = await NewReelAsync();

        using var shots = await _client.GetAsync($"/api/reels/{id}/export/shots.json");
        using var credits = await _client.GetAsync($"/api/reels/{id}/export/credits.txt");
        using var ballots = await _client.GetAsync($"/api/reels/{id}/export/ballots.csv");
        using var unknown = await _client.GetAsync($"/api/reels/{id}/export/store.rdb");

        Assert.Equal("application/json", shots.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, (await shots.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("shots").GetArrayLength());
        Assert.Equal($"reel-{id}-credits.txt", credits.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("Shot 3", await credits.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("slot,take,voter,time\n", await ballots.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Votes_TakeOfNoReel_Returns404()
    {
        var id = await NewReelAsync();

        using var bad = await _client.ReelActionAsync(id, "votes", new { take = "not a take" });
        using var unknown = await _client.ReelActionAsync(id, "votes", new { take = TakeId.New().Value });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("has no take", await unknown.ErrorOfAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1:dance:abcd2345efgh")]
    [InlineData("v0:vote:abcd2345efgh")]
    [InlineData("vote")]
    public async Task Actions_UnknownAction_Returns400(string action)
    {
        using var response = await _client.PostAsJsonAsync("/api/actions", new { action, user = "ana" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not one this ClipBot knows", await response.ErrorOfAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_VoteForAnUnknownTake_Returns404WithTheRefusal()
    {
        using var response = await _client.PostAsJsonAsync("/api/actions", new { action = ChatActions.Vote(TakeId.New()), user = "ana" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no take", await response.ErrorOfAsync(), StringComparison.Ordinal);
    }

    private async Task<string> NewReelAsync() =>
        (await _client.CreateReelOkAsync("Test Reel --slots 3 --seconds 2")).GetProperty("id").GetString()!;

    private string[] Uploads()
    {
        var folder = Path.Combine(fixture.Factory.DataPath, "work", "uploads");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    /// <summary>A song that never ends and never says its length, as a client streaming a huge file would send it.</summary>
    private sealed class EndlessContent : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                await stream.WriteAsync(chunk);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
