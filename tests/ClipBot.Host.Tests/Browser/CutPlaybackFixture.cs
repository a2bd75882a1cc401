using System.Globalization;
using ClipBot.Core.Cuts;
using ClipBot.Core.Media;
using ClipBot.Core.Reels;
using ClipBot.Core.Songs;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace ClipBot.Host.Tests.Browser;

/// <summary>
/// A running host with one cut on its media route, rendered by the host's own ingest and cut renderer from
/// clips made at test time, and a headless Chromium to play it. Made once: the render costs seconds.
/// </summary>
public sealed class CutPlaybackFixture : IAsyncLifetime, IDisposable
{
    public const double ShotSeconds = 1.5;
    public const double CreditsSeconds = 1.0;
    public const double CutSeconds = (3 * ShotSeconds) + CreditsSeconds;

    // lavfi's test pictures: unlike each other, so the crossfades blend real content.
    private static readonly string[] Patterns = ["testsrc2", "smptehdbars", "rgbtestsrc"];

    private static readonly Canvas Canvas = new(640, 360, Canvas.DefaultFps);

    private readonly StudioInChromium _studio = new();

    public IBrowser Browser => _studio.Browser;

    public string BaseUrl => _studio.BaseUrl;

    /// <summary>Where the page finds the cut: the Studio's media route.</summary>
    public string CutUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await _studio.StartAsync();
        CutUrl = $"{BaseUrl}/media/{await RenderCutAsync()}";
    }

    public Task DisposeAsync() => _studio.DisposeAsync().AsTask();

    public void Dispose() => _studio.Dispose();

    /// <summary>Three shots with crossfades, a credits card and a song; returns the name the media route serves it under.</summary>
    private async Task<string> RenderCutAsync()
    {
        var services = _studio.Factory.Services;
        var media = services.GetRequiredService<IOptions<DataOptions>>().Value.MediaPath;
        var sources = Directory.CreateDirectory(Path.Combine(_studio.Factory.DataPath, "sources")).FullName;
        var shots = new List<CutShot>();
        foreach (var pattern in Patterns)
        {
            var clip = Path.Combine(sources, $"{pattern}.mp4");
            await Ffmpeg.RunAsync(
                "-f", "lavfi", "-i", $"{pattern}=s={Canvas.Width}x{Canvas.Height}:r={Canvas.Fps}:d=2",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", clip);
            var takeId = TakeId.New();
            var take = await services.GetRequiredService<IMediaIngest>().IngestAsync(takeId, clip, new IngestProfile(Canvas, ShotSeconds), CancellationToken.None);
            Assert.True(take.IsSuccess, take.Error?.Message);
            shots.Add(new CutShot(takeId.Value, take.Value.VideoFile, null, ShotSeconds, pattern, "@tester", $"a {pattern} pattern", (uint)shots.Count));
        }

        var song = "playback-song.m4a";
        await Ffmpeg.RunAsync(
            "-f", "lavfi", "-i", string.Create(CultureInfo.InvariantCulture, $"sine=frequency=440:sample_rate=48000:duration={CutSeconds}"),
            "-c:a", "aac", "-b:a", "64k", "-f", "mp4", Path.Combine(media, song));
        var request = new CutRequest(
            ReelId.New().Value, shots, new Song(song, CutSeconds), Canvas, CutRendition.Full, TransitionSeconds: 0.5, CreditsSeconds: CreditsSeconds);
        var cut = await services.GetRequiredService<ICutRenderer>().RenderAsync(request, CancellationToken.None);
        Assert.True(cut.IsSuccess, cut.Error?.Message);

        return cut.Value.File;
    }
}
