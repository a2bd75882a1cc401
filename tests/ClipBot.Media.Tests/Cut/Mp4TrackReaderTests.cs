using ClipBot.Media.Cut;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Cut;

[Collection(CutMediaCollection.Name)]
public sealed class Mp4TrackReaderTests(CutMedia media)
{
    [Fact]
    public void ReadVideo_Mezzanine_ReadsSizeTimingKeyframesAndHeader()
    {
        var track = Mp4TrackReader.ReadVideo(media.Media(CutMedia.VideoFile(0)));

        Assert.NotNull(track);
        Assert.Equal(("avc1", 320, 180, 60), (track.SampleEntry, track.Width, track.Height, track.SampleCount));
        Assert.True(track.RunsAt(30));
        Assert.Equal([0, 15, 30, 45], track.SyncSamples);
        Assert.Equal(1, track.AvcConfiguration[0]);
    }

    [Fact]
    public async Task ReadVideo_NotAnMp4_ReturnsNull()
    {
        using var folder = new TempFolder();
        var path = folder.File("text.mp4");
        await File.WriteAllTextAsync(path, "just some text, long enough to look like a box or two");

        var track = Mp4TrackReader.ReadVideo(path);

        Assert.Null(track);
    }
}
