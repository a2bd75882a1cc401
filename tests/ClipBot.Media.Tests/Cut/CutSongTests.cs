using System.Globalization;
using ClipBot.Core.Cuts;
using ClipBot.Core.Songs;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Cut;

[Collection(CutMediaCollection.Name)]
public sealed class CutSongTests(CutMedia media)
{
    [Theory]
    [InlineData(CutRendition.Full, "48000")]
    [InlineData(CutRendition.Delivery, "44100")]
    public async Task RenderAsync_SongWithADeliveryCopy_EachRenditionMuxesItsOwnCopy(CutRendition rendition, string sampleRate)
    {
        // The two copies differ in sample rate only so the cut's audio stream tells which one was muxed.
        var song = new Song(await ToneAsync("song-two-copies.m4a", 48000), 2.0, await ToneAsync("song-two-copies-delivery.m4a", 44100));
        var shots = new[] { CutMedia.Shot(0, 1.0), CutMedia.Shot(1, 1.0) };
        var request = new CutRequest($"two-copies-{rendition}", shots, song, CutMedia.Canvas, rendition, CreditsSeconds: 0);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        var probe = await CutProbe.ProbeAsync(media.Runner, media.Media(result.Value.File));
        Assert.Equal(sampleRate, CutProbe.Streams(probe, "audio").Single().GetProperty("sample_rate").GetString());
    }

    [Fact]
    public async Task RenderAsync_DeliveryCutOfASongWithoutADeliveryCopy_MuxesTheFullCopy()
    {
        var song = new Song(await ToneAsync("song-one-copy.m4a", 48000), 2.0);
        var shots = new[] { CutMedia.Shot(2, 1.0), CutMedia.Shot(3, 1.0) };
        var request = new CutRequest("one-copy", shots, song, CutMedia.Canvas, CutRendition.Delivery, CreditsSeconds: 0);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        var probe = await CutProbe.ProbeAsync(media.Runner, media.Media(result.Value.File));
        Assert.Equal("48000", CutProbe.Streams(probe, "audio").Single().GetProperty("sample_rate").GetString());
    }

    private async Task<string> ToneAsync(string name, int sampleRate)
    {
        var path = media.Media(name);
        if (!File.Exists(path))
        {
            await Sources.LavfiAsync(
                media.Runner, path, string.Create(CultureInfo.InvariantCulture, $"sine=frequency=440:sample_rate={sampleRate}:duration=2"),
                "-c:a", "aac", "-b:a", "64k", "-f", "mp4");
        }

        return name;
    }
}
