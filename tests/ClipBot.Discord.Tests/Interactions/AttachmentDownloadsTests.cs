using ClipBot.Core.Storage;
using ClipBot.Discord.Commands;
using ClipBot.Discord.Interactions;
using ClipBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Tests.Interactions;

/// <summary>Songs fetched from the CDN (here the fake's host, which <c>Discord:ApiBaseUrl</c> names), within the rules.</summary>
public sealed class AttachmentDownloadsTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("clipbot-downloads-").FullName;
    private FakeDiscordRest _cdn = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _cdn = await FakeDiscordRest.StartAsync();
        _cdn.Responder = request => request.Path.StartsWith("/attachments/", StringComparison.Ordinal)
            ? new FakeDiscordRestResponse { Status = 200, Body = "ID3 fake song bytes", ContentType = "audio/mpeg" }
            : null;
        var services = new ServiceCollection();
        services.AddHttpClient(AttachmentDownloads.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _cdn.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    // The fake serves paths without a file extension only (its fallback route); the CDN's have one.
    [Fact]
    public async Task SaveAsync_FileOnTheCdn_SavedUnderAGeneratedNameInTheWorkFolder()
    {
        var attachment = new ResolvedAttachment("1", "../../etc/night drive.mp3", 19, _cdn.Origin + "/attachments/1/2/night_drive");

        var saved = await Downloads().SaveAsync(Invocation(), attachment, CancellationToken.None);

        Assert.True(saved.IsSuccess, saved.Error?.Message);
        Assert.Equal("night drive.mp3", saved.Value.FileName);
        Assert.Equal(19, saved.Value.Bytes);
        Assert.Equal(Path.Combine(_data, "work", "discord"), Path.GetDirectoryName(saved.Value.LocalPath));
        Assert.Matches("^[0-9a-f]{32}\\.upload$", Path.GetFileName(saved.Value.LocalPath));
        Assert.Equal("ID3 fake song bytes", await File.ReadAllTextAsync(saved.Value.LocalPath));
        Assert.Null(_cdn.Requests.Single().Authorization);
    }

    [Fact]
    public async Task SaveAsync_DeclaredOverFiftyMegabytes_RefusedWithoutFetching()
    {
        var attachment = new ResolvedAttachment("1", "song.wav", AttachmentDownloads.MaxBytes + 1, _cdn.Origin + "/attachments/1/2/song");

        var saved = await Downloads().SaveAsync(Invocation(), attachment, CancellationToken.None);

        Assert.StartsWith("The file is over 50 MB", saved.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(_cdn.Requests);
    }

    [Fact]
    public async Task SaveAsync_Redirect_NotFollowed()
    {
        _cdn.Responder = request => request.Path.StartsWith("/moved/", StringComparison.Ordinal)
            ? new FakeDiscordRestResponse { Status = 302 }.WithHeader("Location", _cdn.Origin + "/attachments/1/2/song")
            : null;
        var attachment = new ResolvedAttachment("1", "song.mp3", 10, _cdn.Origin + "/moved/song");

        var saved = await Downloads().SaveAsync(Invocation(), attachment, CancellationToken.None);

        Assert.False(saved.IsSuccess);
        Assert.Single(_cdn.Requests);
        Assert.Empty(Directory.Exists(Path.Combine(_data, "work", "discord")) ? Directory.GetFiles(Path.Combine(_data, "work", "discord")) : []);
    }

    [Theory]
    [InlineData("https://cdn.discordapp.com/attachments/1/2/song.mp3", true)]
    [InlineData("https://media.discordapp.net/attachments/1/2/song.mp3", true)]
    [InlineData("http://cdn.discordapp.com/attachments/1/2/song.mp3", false)]
    [InlineData("https://cdn.discordapp.com:8443/attachments/1/2/song.mp3", false)]
    [InlineData("https://cdn.discordapp.com.evil.example/song.mp3", false)]
    [InlineData("https://discord.com/api/v10/song.mp3", false)]
    [InlineData("file:///etc/passwd", false)]
    public void IsAllowed_Url_OnlyDiscordsCdnOverHttps(string url, bool allowed)
    {
        Assert.Equal(allowed, Downloads().IsAllowed(new Uri(url)));
    }

    [Fact]
    public void IsAllowed_ApiBaseUrlsHost_AllowedForTestsAndOtherPortsNot()
    {
        var downloads = Downloads();
        var origin = new Uri(_cdn.Origin);

        Assert.True(downloads.IsAllowed(new Uri(origin, "/attachments/song.mp3")));
        Assert.False(downloads.IsAllowed(new Uri($"http://127.0.0.1:{origin.Port + 1}/attachments/song.mp3")));
    }

    private AttachmentDownloads Downloads() => new(
        _services.GetRequiredService<IHttpClientFactory>(),
        Options.Create(new DiscordOptions { ApiBaseUrl = _cdn.BaseUrl }),
        Options.Create(new DataOptions { Path = _data }),
        NullLogger<AttachmentDownloads>.Instance);

    private static Interaction Invocation() => new(
        "1", "token", InteractionType.ApplicationCommand, new ClipBot.Core.Chat.ChatUser("discord:1", "fan"),
        new ClipBot.Core.Chat.ChannelRef("discord", "2"), Interaction.DefaultUploadLimitBytes, default, DateTimeOffset.UnixEpoch);
}
