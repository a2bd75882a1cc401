using ClipBot.Core.Results;
using ClipBot.Media.Delivery;
using ClipBot.Media.Tests.Ingest;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Delivery;

public sealed class FfmpegDeliveryEncoderTests : IDisposable
{
    private const long MiB = 1024 * 1024;

    private readonly TempFolder _folder = new();
    private readonly MediaKit _kit = new();
    private readonly EventIdLogger<FfmpegDeliveryEncoder> _logger = new();
    private readonly FfmpegDeliveryEncoder _encoder;

    public FfmpegDeliveryEncoderTests() => _encoder = new FfmpegDeliveryEncoder(_kit.Runner, _logger);

    [Fact]
    public async Task FitAsync_30SecondClipWithSoundTo1MiB_LandsUnderTheCapOnTheFirstTry()
    {
        var source = await Sources.LavfiAsync(
            _kit.Runner, _folder.File("in.mp4"), "testsrc2=s=640x360:r=30:d=30,noise=alls=6:allf=t",
            "-f", "lavfi", "-i", "sine=frequency=330:duration=30",
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", "26", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "-f", "mp4");
        var output = _folder.File("out/fitted.mp4");

        var result = await _encoder.FitAsync(source, MiB, output, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new FileInfo(output).Length, result.Value);
        Assert.InRange(result.Value, (long)(MiB * 0.7), MiB);
        Assert.Equal([3250], _logger.Ids);
        var audio = (await MediaFacts.StreamAsync(_kit.Runner, output, "audio"))!.Value;
        Assert.Equal("aac", MediaFacts.Text(audio, "codec_name"));
        var facts = await Ffprobe.VideoAsync(_kit.Runner, output);
        Assert.Equal(("h264", "yuv420p", 426, 240), (facts.Codec, facts.PixelFormat, facts.Width, facts.Height));
        var boxes = Mp4Boxes.TopLevel(output).ToList();
        Assert.True(boxes.IndexOf("moov") < boxes.IndexOf("mdat"), string.Join(",", boxes));
        Assert.Equal(["fitted.mp4"], Directory.GetFiles(_folder.File("out")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task FitAsync_SilentClip_StaysSilentAndUsesTheWholeBudget()
    {
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("in.mp4"), "640x360", 30, 10);
        var output = _folder.File("fitted.mp4");

        var result = await _encoder.FitAsync(source, MiB / 2, output, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.InRange(result.Value, (long)(MiB / 2 * 0.7), MiB / 2);
        Assert.Null(await MediaFacts.StreamAsync(_kit.Runner, output, "audio"));
        Assert.Equal((640, 360), ((await Ffprobe.VideoAsync(_kit.Runner, output)).Width, (await Ffprobe.VideoAsync(_kit.Runner, output)).Height));
    }

    [Fact]
    public async Task FitAsync_LongClipAbsurdlySmallCap_IsRefusedAndWritesNothing()
    {
        var source = await Sources.LongClipAsync(_kit.Runner, _folder.File("long.mp4"));
        var output = _folder.File("out/fitted.mp4");

        var result = await _encoder.FitAsync(source, 100 * 1024, output, CancellationToken.None);

        Assert.Equal(ErrorKind.Invalid, result.Error?.Kind);
        Assert.StartsWith("Even at the lowest sane quality (100 kbit/s) this video would be 0.9 MiB", result.Error?.Message, StringComparison.Ordinal);
        Assert.EndsWith("over the 0.1 MiB limit; post a link instead.", result.Error?.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    [Fact]
    public async Task FitAsync_TextFile_IsRefusedAsNotAVideo()
    {
        var source = _folder.File("fake.mp4");
        await File.WriteAllTextAsync(source, "not a video");

        var result = await _encoder.FitAsync(source, MiB, _folder.File("fitted.mp4"), CancellationToken.None);

        Assert.Contains("not a video", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FitAsync_MissingSource_Throws()
    {
        var fit = () => _encoder.FitAsync(_folder.File("nothing.mp4"), MiB, _folder.File("fitted.mp4"), CancellationToken.None);

        await Assert.ThrowsAsync<FileNotFoundException>(fit);
    }

    public void Dispose()
    {
        _kit.Dispose();
        _folder.Dispose();
    }
}
