using ClipBot.Core.Results;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Fakes;

namespace ClipBot.Discord.Tests.Rest;

/// <summary>Messages with files: <c>payload_json</c> and <c>files[n]</c> parts, as F-D8 shows them.</summary>
public sealed class DiscordRestClientMultipartTests : IAsyncLifetime
{
    private const string ChannelId = "345626669114982402";

    private readonly TempFiles _files = new();
    private RestHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await RestHarness.StartAsync();

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _files.Delete();
    }

    [Fact]
    public async Task CreateMessageAsync_TwoFiles_MatchesReferenceMultipart()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        byte[] gif = [0x47, 0x49, 0x46, 0x38, 4, 5];
        var message = new DiscordMessage("Hello, World!")
        {
            Files =
            [
                new DiscordFile("myfilename.png", _files.Write("a.png", png), "image/png", "Image of a cute little cat"),
                new DiscordFile("mygif.gif", _files.Write("b.gif", gif), "image/gif", "Rickroll gif"),
            ],
        };

        var result = await _harness.Client.CreateMessageAsync(ChannelId, message, CancellationToken.None);

        Assert.True(result.IsSuccess);
        var request = Assert.Single(_harness.Server.Requests);
        Assert.True(request.IsMultipart, request.ContentType);
        Assert.Equal(["payload_json", "files[0]", "files[1]"], request.Parts.Select(part => part.Name));
        var payload = request.Parts[0];
        Assert.Equal("form-data; name=\"payload_json\"", payload.ContentDisposition);
        Assert.StartsWith("application/json", payload.ContentType);
        JsonAssert.Equal(
            """
            {"content":"Hello, World!","allowed_mentions":{"parse":[]},
             "attachments":[{"id":0,"description":"Image of a cute little cat","filename":"myfilename.png"},
                            {"id":1,"description":"Rickroll gif","filename":"mygif.gif"}]}
            """,
            request.Payload);
        Assert.Equal("form-data; name=\"files[0]\"; filename=\"myfilename.png\"", request.Parts[1].ContentDisposition);
        Assert.Equal("image/png", request.Parts[1].ContentType);
        Assert.Equal(png, request.Parts[1].Content.ToArray());
        Assert.Equal("form-data; name=\"files[1]\"; filename=\"mygif.gif\"", request.Parts[2].ContentDisposition);
        Assert.Equal("image/gif", request.Parts[2].ContentType);
        Assert.Equal(gif, request.Parts[2].Content.ToArray());
    }

    [Fact]
    public async Task FollowUpAsync_LargeFile_StreamsItWhole()
    {
        var video = new byte[3 * 1024 * 1024];
        new Random(7).NextBytes(video);
        var message = new DiscordMessage("Your take") { Files = [new DiscordFile("take-1.mp4", _files.Write("take.mp4", video), "video/mp4")] };

        await _harness.Client.FollowUpAsync(RestHarness.InteractionToken, message, CancellationToken.None);

        var request = Assert.Single(_harness.Server.Requests);
        Assert.Equal(video, request.Part("files[0]")!.Content.ToArray());
        JsonAssert.Equal(
            """{"content":"Your take","allowed_mentions":{"parse":[]},"attachments":[{"id":0,"filename":"take-1.mp4"}]}""",
            request.Payload);
    }

    [Fact]
    public async Task RespondAsync_MessageWithFile_SendsCallbackAsMultipart()
    {
        var message = new DiscordMessage("Here") { Files = [new DiscordFile("poster.jpg", _files.Write("poster.jpg", [1, 2, 3]), "image/jpeg")] };

        await _harness.Client.RespondAsync(
            "786008729715212338", RestHarness.InteractionToken, new InteractionResponse(InteractionResponse.ChannelMessage, message), CancellationToken.None);

        var request = Assert.Single(_harness.Server.Requests);
        Assert.True(request.IsMultipart);
        JsonAssert.Equal(
            """{"type":4,"data":{"content":"Here","allowed_mentions":{"parse":[]},"attachments":[{"id":0,"filename":"poster.jpg"}]}}""",
            request.Payload);
        Assert.Equal([1, 2, 3], request.Part("files[0]")!.Content.ToArray());
    }

    [Fact]
    public async Task CreateMessageAsync_FileRateLimitedOnce_SendsTheFileAgainWhole()
    {
        byte[] bytes = [9, 8, 7, 6, 5];
        var message = new DiscordMessage("Take") { Files = [new DiscordFile("take.mp4", _files.Write("take.mp4", bytes), "video/mp4")] };
        _harness.Server.Enqueue(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestResponse.RateLimited(0.05));

        var result = await _harness.Client.CreateMessageAsync(ChannelId, message, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(2, _harness.Server.Requests.Count);
        Assert.All(_harness.Server.Requests, request => Assert.Equal(bytes, request.Part("files[0]")!.Content.ToArray()));
    }

    [Fact]
    public async Task CreateMessageAsync_FileMissing_NotFoundAndNothingSent()
    {
        var message = new DiscordMessage("Take") { Files = [new DiscordFile("take.mp4", Path.Combine(_files.Folder, "gone.mp4"), "video/mp4")] };

        var result = await _harness.Client.CreateMessageAsync(ChannelId, message, CancellationToken.None);

        Assert.Equal(ErrorKind.NotFound, result.Error?.Kind);
        Assert.Empty(_harness.Server.Requests);
    }

    [Fact]
    public async Task CreateMessageAsync_FileNameWithQuote_Throws()
    {
        var message = new DiscordMessage("Take") { Files = [new DiscordFile("a\"b.mp4", _files.Write("x.mp4", [1]), "video/mp4")] };

        await Assert.ThrowsAsync<ArgumentException>(() => _harness.Client.CreateMessageAsync(ChannelId, message, CancellationToken.None));

        Assert.Empty(_harness.Server.Requests);
    }
}
