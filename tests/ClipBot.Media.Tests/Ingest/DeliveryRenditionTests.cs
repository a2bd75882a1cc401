using ClipBot.Core.Media;
using ClipBot.Core.Takes;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Ingest;

public sealed class DeliveryRenditionTests : IDisposable
{
    private const long Budget = 260_000;

    private readonly TempFolder _folder = new();
    private readonly MediaKit _kit;

    public DeliveryRenditionTests() => _kit = new MediaKit(dataPath: _folder.File("data"));

    [Fact]
    public async Task IngestAsync_ReelProfile_WritesA480pRenditionWithinTheBitBudget()
    {
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"), "960x540", 25, 4.4);
        var profile = new IngestProfile(Canvas.Default, SlotSeconds: 4.4, DeliveryVideoBitsPerSecond: Budget);

        var result = await _kit.Ingest.IngestAsync(new TakeId("rendtakeaaa2"), source, profile, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal("rendtakeaaa2.delivery.mp4", result.Value.DeliveryFile);
        var rendition = Path.Combine(_kit.Data.MediaPath, result.Value.DeliveryFile!);
        var facts = await Ffprobe.VideoAsync(_kit.Runner, rendition);
        Assert.Equal(("h264", "yuv420p", 854, 480), (facts.Codec, facts.PixelFormat, facts.Width, facts.Height));
        var bytes = new FileInfo(rendition).Length;
        var budgetBytes = Budget * 4.4 / 8;
        Assert.InRange(bytes, budgetBytes * 0.6, budgetBytes);
        Assert.Null(await MediaFacts.StreamAsync(_kit.Runner, rendition, "audio"));
        var video = (await MediaFacts.StreamAsync(_kit.Runner, rendition, "video"))!.Value;
        Assert.Equal("0", MediaFacts.Text(video, "has_b_frames"));
        var packets = await MediaFacts.PacketsAsync(_kit.Runner, rendition);
        Assert.Equal(132, packets.Count);
        Assert.Equal(9, packets.Count(p => p.Key));
        Assert.All(packets.Where(p => p.Key), p => Assert.Equal(0, (p.Seconds * 2) % 1, 3));
    }

    [Fact]
    public async Task IngestAsync_PortraitReel_RenditionTakesItsWidthFromTheCanvas()
    {
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"), "640x360", 30, 1);
        var profile = new IngestProfile(Canvas.For(AspectRatio.Portrait9x16), SlotSeconds: 1, DeliveryVideoBitsPerSecond: Budget);

        var result = await _kit.Ingest.IngestAsync(new TakeId("rendtakeaaa3"), source, profile, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var facts = await Ffprobe.VideoAsync(_kit.Runner, Path.Combine(_kit.Data.MediaPath, result.Value.DeliveryFile!));
        Assert.Equal((270, 480), (facts.Width, facts.Height));
        Assert.Equal((720, 1280), (result.Value.Width, result.Value.Height));
    }

    public void Dispose()
    {
        _kit.Dispose();
        _folder.Dispose();
    }
}
