using System.Globalization;
using ClipBot.Core.Media;
using ClipBot.Core.Takes;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Ingest;

public sealed class MezzanineTests : IDisposable
{
    private static readonly TakeId Take = new("mezzaninetaa");
    private static readonly Canvas Small = new(320, 180, 30);

    private readonly TempFolder _folder = new();
    private readonly MediaKit _kit;

    public MezzanineTests() => _kit = new MediaKit(dataPath: _folder.File("data"));

    [Fact]
    public async Task IngestAsync_H264WithBFramesAt25Fps_WritesSilentConstant30FpsWithoutBFrames()
    {
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"));

        var mezzanine = await IngestAsync(source, new IngestProfile(Small));

        var video = (await MediaFacts.StreamAsync(_kit.Runner, mezzanine, "video"))!.Value;
        Assert.Equal(
            ("h264", "High", "yuv420p", "320", "180", "30/1", "30/1", "0"),
            (MediaFacts.Text(video, "codec_name"), MediaFacts.Text(video, "profile"), MediaFacts.Text(video, "pix_fmt"),
             MediaFacts.Text(video, "width"), MediaFacts.Text(video, "height"), MediaFacts.Text(video, "r_frame_rate"),
             MediaFacts.Text(video, "avg_frame_rate"), MediaFacts.Text(video, "has_b_frames")));
        Assert.Equal(("bt709", "tv"), (MediaFacts.Text(video, "color_space"), MediaFacts.Text(video, "color_range")));
        Assert.Null(await MediaFacts.StreamAsync(_kit.Runner, mezzanine, "audio"));
    }

    [Fact]
    public async Task IngestAsync_AnySource_HasAKeyframeAtZeroAndEveryHalfSecondOnly()
    {
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"), seconds: 2.2);

        var mezzanine = await IngestAsync(source, new IngestProfile(Small));

        var packets = await MediaFacts.PacketsAsync(_kit.Runner, mezzanine);
        var keyframes = packets.Where(p => p.Key).Select(p => Math.Round(p.Seconds, 3)).ToArray();
        Assert.Equal([0, 0.5, 1.0, 1.5, 2.0], keyframes);
        Assert.Equal(66, packets.Count);
    }

    [Fact]
    public async Task IngestAsync_ClipLongerThanSlot_IsTrimmedToTheSlotsFrameCount()
    {
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"), seconds: 3);

        var mezzanine = await IngestAsync(source, new IngestProfile(Small, SlotSeconds: 1.7));

        var packets = await MediaFacts.PacketsAsync(_kit.Runner, mezzanine);
        Assert.Equal(51, packets.Count);
        Assert.Equal(51 / 30.0, (await Ffprobe.VideoAsync(_kit.Runner, mezzanine)).DurationSeconds, 3);
    }

    [Fact]
    public async Task IngestAsync_ClipShorterThanSlot_HoldsItsLastFrameToTheSlotsFrameCount()
    {
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"), fps: 30, seconds: 1);

        var mezzanine = await IngestAsync(source, new IngestProfile(Small, SlotSeconds: 2.5));

        // A held picture costs x264 almost nothing: every block of a predicted frame is skipped.
        var packets = await MediaFacts.PacketsAsync(_kit.Runner, mezzanine);
        Assert.Equal(75, packets.Count);
        Assert.All(packets.Skip(30).Where(p => !p.Key), p => Assert.InRange(p.Bytes, 1, 64));
        Assert.All(packets.Take(29).Where(p => !p.Key), p => Assert.InRange(p.Bytes, 200, int.MaxValue));
        Assert.Equal(2.5, (await Ffprobe.VideoAsync(_kit.Runner, mezzanine)).DurationSeconds, 3);
    }

    [Theory]
    [InlineData(0.5, 15)]
    [InlineData(4.4, 132)]
    public async Task IngestAsync_Slot_ReportsTheExactFrameDuration(double slot, int frames)
    {
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"), seconds: 2);

        var result = await _kit.Ingest.IngestAsync(Take, source, new IngestProfile(Small, SlotSeconds: slot), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(frames / 30.0, result.Value.DurationSeconds, 9);
        var packets = await MediaFacts.PacketsAsync(_kit.Runner, Path.Combine(_kit.Data.MediaPath, result.Value.VideoFile));
        Assert.Equal(frames, packets.Count);
    }

    [Fact]
    public async Task IngestAsync_NoSlot_KeepsTheClipsLengthInWholeFrames()
    {
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"), seconds: 1.6);

        var mezzanine = await IngestAsync(source, new IngestProfile(Small));

        var packets = await MediaFacts.PacketsAsync(_kit.Runner, mezzanine);
        Assert.Equal(48, packets.Count);
        Assert.Equal(
            "1.600000",
            (await Ffprobe.VideoAsync(_kit.Runner, mezzanine)).DurationSeconds.ToString("0.000000", CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        _kit.Dispose();
        _folder.Dispose();
    }

    private async Task<string> IngestAsync(string source, IngestProfile profile)
    {
        var result = await _kit.Ingest.IngestAsync(Take, source, profile, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return Path.Combine(_kit.Data.MediaPath, result.Value.VideoFile);
    }
}
