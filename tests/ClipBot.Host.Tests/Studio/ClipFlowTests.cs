using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClipBot.Host.Tests.Infrastructure;

namespace ClipBot.Host.Tests.Studio;

/// <summary>The whole clip loop through the Studio API, on the embedded store with real ffmpeg.</summary>
public sealed class ClipFlowTests(StudioFixture fixture) : IClassFixture<StudioFixture>
{
    private static readonly TimeSpan ClipTimeout = TimeSpan.FromSeconds(60);
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task PostClip_ValidCommand_PostsPlayableMp4()
    {
        using var response = await _client.SendCommandAsync("/clip a neon city at dusk --ar 16:9 --seed 7 --duration 2");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var takeId = body.GetProperty("takeId").GetString()!;

        var take = await _client.WaitForFinalAsync(takeId, ClipTimeout);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("posted", take.GetProperty("status").GetString());
        Assert.Equal(7u, take.GetProperty("seed").GetUInt32());
        Assert.Equal("16:9", take.GetProperty("aspect").GetString());
        var video = await DownloadAsync(take.GetProperty("videoUrl").GetString()!, "video/mp4");
        var probe = await Ffprobe.VideoAsync(video);
        Assert.Equal(("h264", 1280, 720, "yuv420p"), (probe.Codec, probe.Width, probe.Height, probe.PixelFormat));
        Assert.InRange(probe.Duration, 1.9, 2.1);
        await DownloadAsync(take.GetProperty("posterUrl").GetString()!, "image/jpeg");
    }

    [Fact]
    public async Task PostClip_SameSeedTwice_GivesIdenticalVideo()
    {
        const string command = "/clip stars over a calm ocean --ar 9:16 --seed 42 --duration 1 --camera pan-up";

        var first = await _client.MakeTakeAsync(command, "tester", ClipTimeout);
        var second = await _client.MakeTakeAsync(command, "tester", ClipTimeout);

        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        var firstBytes = await File.ReadAllBytesAsync(await DownloadAsync(first.GetProperty("videoUrl").GetString()!, "video/mp4"));
        var secondBytes = await File.ReadAllBytesAsync(await DownloadAsync(second.GetProperty("videoUrl").GetString()!, "video/mp4"));
        Assert.Equal(firstBytes, secondBytes);
    }

    [Fact]
    public async Task Events_ClipQueued_StreamsEveryStatusInOrder()
    {
        using var timeout = new CancellationTokenSource(ClipTimeout);
        using var stream = await _client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal("ready", (await reader.ReadEventAsync(timeout.Token)).Name);

        using var response = await _client.SendCommandAsync("/clip a forest at night --ar 1:1 --duration 1");
        var takeId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("takeId").GetString();
        var statuses = new List<string>();
        while (statuses.LastOrDefault() is not ("posted" or "failed"))
        {
            var (name, data) = await reader.ReadEventAsync(timeout.Token);
            using var json = JsonDocument.Parse(data);
            if (name == "take" && json.RootElement.GetProperty("id").GetString() == takeId)
            {
                statuses.Add(json.RootElement.GetProperty("status").GetString()!);
            }
        }

        Assert.Equal(["queued", "generating", "processing", "ready", "posted"], statuses.Distinct());
    }

    [Fact]
    public async Task PostClip_BadFlag_RefusesNamingFlagAndQueuesNothing()
    {
        var before = await CountTakesAsync();

        using var response = await _client.SendCommandAsync("/clip a neon city --ar 21:9");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString();
        Assert.Contains("--ar", error, StringComparison.Ordinal);
        Assert.Contains("16:9, 9:16, 1:1, 4:5", error, StringComparison.Ordinal);
        Assert.Equal(before, await CountTakesAsync());
    }

    [Theory]
    [InlineData("a neon city", "slash")]
    [InlineData("/dance", "Unknown command")]
    [InlineData("   ", "Type a command")]
    public async Task PostCommand_NotAClipCommand_RefusesWithReason(string text, string expected)
    {
        using var response = await _client.SendCommandAsync(text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCommand_InvalidJson_RefusesWithExample()
    {
        using var content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/commands", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Send JSON", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCommand_BadUserName_Refuses()
    {
        using var response = await _client.SendCommandAsync("/clip a city", user: "<script>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("user name", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostHelp_Always_ListsCommandsWithoutTake()
    {
        using var response = await _client.SendCommandAsync("/help");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("takeId").ValueKind);
        Assert.Contains("/clip", body.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/takes/abcdefghijkm")]
    [InlineData("/api/takes/..%2F..%2Fetc")]
    [InlineData("/media/..%2Fstore%2Fx.mp4")]
    [InlineData("/media/abcdefghijkm.mp4")]
    public async Task Get_UnknownOrUnsafeName_Returns404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetPage_Root_ServesStudio()
    {
        var html = await _client.GetStringAsync("/");
        var script = await _client.GetStringAsync("/studio.js");

        Assert.Contains("ClipBot", html, StringComparison.Ordinal);
        Assert.Contains("/api/events", script, StringComparison.Ordinal);
    }

    private async Task<string> DownloadAsync(string url, string contentType)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(fixture.Factory.DataPath, "downloads", Guid.NewGuid().ToString("N") + Path.GetExtension(url));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        Assert.True(new FileInfo(path).Length > 0);
        return path;
    }

    private async Task<int> CountTakesAsync() =>
        (await _client.GetFromJsonAsync<JsonElement>("/api/takes?limit=100")).GetArrayLength();
}
