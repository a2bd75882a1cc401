using ClipBot.Core.Cuts;
using ClipBot.Core.Results;
using ClipBot.Core.Songs;
using ClipBot.Media.Cut;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Cut;

[Collection(CutMediaCollection.Name)]
public sealed class FfmpegCutRendererEdgeTests(CutMedia media) : IDisposable
{
    private const double Frame = 1.0 / 30;

    private readonly TempFolder _work = new();

    [Fact]
    public async Task RenderAsync_WithCredits_EndsOnTheCreditsCard()
    {
        var shots = new[] { CutMedia.Shot(0, 1.0), CutMedia.Shot(2, 1.0) };
        var request = new CutRequest("credits-end", shots, null, CutMedia.Canvas, CutRendition.Full, CreditsSeconds: 1.0);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        var frames = await CutProbe.FrameColoursAsync(media.Runner, media.Media(result.Value.File), _work.Path);
        var credits = frames.Skip(60).ToList();
        Assert.Equal(30, credits.Count);
        Assert.All(credits, frame => Assert.True(frame.R < 100 && frame.G < 100 && frame.B < 100, $"{frame} is not a dark card"));
        Assert.Contains(credits, frame => frame.R + frame.G + frame.B > 6);
    }

    [Fact]
    public async Task RenderAsync_DeliveryRenditionWithCrossfades_CutsTheChatSizedFiles()
    {
        // Four crossfades in one batch: the fourth starts at frame 66, where a time rounded down once missed the keyframe.
        var shots = new[] { CutMedia.Shot(2, 1.5), CutMedia.Shot(3, 1.5), CutMedia.Shot(4, 1.5), CutMedia.Shot(5, 1.5), CutMedia.Shot(6, 1.5) };
        var song = await media.SongAsync(8.0);
        var request = new CutRequest("delivery", shots, song, CutMedia.Canvas, CutRendition.Delivery, TransitionSeconds: 0.5, CreditsSeconds: 0.5);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        var path = media.Media(result.Value.File);
        var probe = await CutProbe.ProbeAsync(media.Runner, path);
        var video = CutProbe.Streams(probe, "video").Single();
        Assert.Equal((160, 90), (video.GetProperty("width").GetInt32(), video.GetProperty("height").GetInt32()));
        Assert.InRange(CutProbe.Duration(probe), 8.0 - Frame, 8.0 + Frame);
        Assert.Equal(string.Empty, await CutProbe.DecodeErrorsAsync(media.Processes, path));
    }

    [Fact]
    public async Task RenderAsync_NoSong_WritesASilentCutOfTheTimeline()
    {
        var shots = new[] { CutMedia.Shot(1, 0.7), CutMedia.Shot(5, 1.3) };
        var request = new CutRequest("silent", shots, null, CutMedia.Canvas, CutRendition.Full, CreditsSeconds: 0);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        var probe = await CutProbe.ProbeAsync(media.Runner, media.Media(result.Value.File));
        Assert.Empty(CutProbe.Streams(probe, "audio"));
        Assert.InRange(CutProbe.Duration(probe), 2.0 - Frame, 2.0 + Frame);
        Assert.Equal(2, CutProbe.Chapters(probe).Count);
    }

    [Fact]
    public async Task RenderAsync_FullDecodeCheck_AcceptsAGoodCut()
    {
        var shots = new[] { CutMedia.Shot(6, 1.0), CutMedia.Shot(1, 1.0) };
        var request = new CutRequest("full-check", shots, await media.SongAsync(2.5), CutMedia.Canvas, CutRendition.Full, 0.5, 0.5);

        var result = await media.Renderer(new CutTuning(DecodeCheck: CutDecodeCheck.Everything)).RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
    }

    [Fact]
    public async Task RenderAsync_NoShots_IsRefusedAsInvalid()
    {
        var request = new CutRequest("empty", [], null, CutMedia.Canvas, CutRendition.Full);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        AssertRefused(result, ErrorKind.Invalid, "at least one shot");
    }

    [Fact]
    public async Task RenderAsync_ShotFileMissing_IsRefusedAsNotFound()
    {
        var shots = new[] { CutMedia.Shot(0, 1.0), CutMedia.Shot(1, 1.0) with { VideoFile = "gone.mp4" } };
        var request = new CutRequest("missing", shots, null, CutMedia.Canvas, CutRendition.Full);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        AssertRefused(result, ErrorKind.NotFound, "shot 2 is missing");
    }

    [Fact]
    public async Task RenderAsync_DeliveryCutOfATakeWithoutRendition_IsRefused()
    {
        var shots = new[] { CutMedia.Shot(0, 1.0) with { DeliveryFile = null } };
        var request = new CutRequest("no-delivery", shots, null, CutMedia.Canvas, CutRendition.Delivery);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        AssertRefused(result, ErrorKind.Invalid, "no chat-sized rendition");
    }

    [Fact]
    public async Task RenderAsync_SongOfAnotherLength_IsRefused()
    {
        var shots = new[] { CutMedia.Shot(0, 1.0), CutMedia.Shot(1, 1.0) };
        var request = new CutRequest("long-song", shots, await media.SongAsync(7.0), CutMedia.Canvas, CutRendition.Full, CreditsSeconds: 1.0);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        AssertRefused(result, ErrorKind.Invalid, "the song lasts 7 s");
    }

    [Fact]
    public async Task RenderAsync_TakeEncodedDifferently_IsRefused()
    {
        var odd = "odd.mp4";
        await Sources.LavfiAsync(
            media.Runner, media.Media(odd), "color=c=red:s=320x180:r=30:d=2",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-f", "mp4");
        var shots = new[] { CutMedia.Shot(0, 1.0), CutMedia.Shot(1, 1.0) with { VideoFile = odd } };
        var request = new CutRequest("odd", shots, null, CutMedia.Canvas, CutRendition.Full);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        AssertRefused(result, ErrorKind.Invalid, "encoded differently");
    }

    [Fact]
    public async Task RenderAsync_ShotTooShortForTheCrossfade_IsRefused()
    {
        var shots = new[] { CutMedia.Shot(0, 1.0), CutMedia.Shot(1, 0.4), CutMedia.Shot(2, 1.0) };
        var request = new CutRequest("too-short", shots, null, CutMedia.Canvas, CutRendition.Full, TransitionSeconds: 0.5, CreditsSeconds: 0);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        AssertRefused(result, ErrorKind.Invalid, "shot 2 must last at least");
    }

    [Fact]
    public async Task RenderAsync_Cancelled_ThrowsAndLeavesNothingBehind()
    {
        var shots = new[] { CutMedia.Shot(7, 1.5), CutMedia.Shot(6, 1.5) };
        var request = new CutRequest("cancelled", shots, null, CutMedia.Canvas, CutRendition.Full, TransitionSeconds: 0.5, CreditsSeconds: 0);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var render = () => media.Renderer().RenderAsync(request, cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(render);
        var work = Path.Combine(media.MediaPath, CutFolders.CacheName, "work");
        Assert.False(Directory.Exists(work) && Directory.EnumerateFileSystemEntries(work).Any());
        Assert.DoesNotContain(Directory.EnumerateFiles(media.MediaPath), file => file.Contains("cancelled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_CutIdThatIsNoFileName_Throws()
    {
        var request = new CutRequest("../escape", [CutMedia.Shot(0, 1.0)], null, CutMedia.Canvas, CutRendition.Full);

        var render = () => media.Renderer().RenderAsync(request, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(render);
    }

    public void Dispose() => _work.Dispose();

    private void AssertRefused(Result<CutResult> result, ErrorKind kind, string reason)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(kind, result.Error.Kind);
        Assert.Contains(reason, result.Error.Message, StringComparison.OrdinalIgnoreCase);

        // Nothing of a refused cut is left in the media folder, not even a partial file.
        Assert.DoesNotContain(Directory.EnumerateFiles(media.MediaPath), file => Path.GetFileName(file).Contains(".partial", StringComparison.Ordinal));
    }
}
