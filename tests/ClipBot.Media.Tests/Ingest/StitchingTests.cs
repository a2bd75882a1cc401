using ClipBot.Core.Media;
using ClipBot.Core.Takes;
using ClipBot.Media.Arguments;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Ingest;

/// <summary>The reason for the mezzanine: takes of one canvas join by stream copy into a clean stream.</summary>
public sealed class StitchingTests : IDisposable
{
    private static readonly Canvas Small = new(320, 180, 30);

    private readonly TempFolder _folder = new();
    private readonly MediaKit _kit;

    public StitchingTests() => _kit = new MediaKit(dataPath: _folder.File("data"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task IngestAsync_DifferentSources_GiveIdenticalStreamHeaders(bool delivery)
    {
        var (first, second) = await TwoTakesAsync(delivery);

        var a = (await MediaFacts.StreamAsync(_kit.Runner, first, "video"))!.Value;
        var b = (await MediaFacts.StreamAsync(_kit.Runner, second, "video"))!.Value;

        string[] fields =
        [
            "codec_name", "profile", "level", "pix_fmt", "width", "height", "time_base", "r_frame_rate", "avg_frame_rate",
            "has_b_frames", "refs", "is_avc", "nal_length_size", "color_range", "color_space", "color_primaries",
            "color_transfer", "sample_aspect_ratio", "extradata", "extradata_size",
        ];
        Assert.All(fields, field => Assert.Equal(MediaFacts.Text(a, field), MediaFacts.Text(b, field)));
        Assert.NotEqual(string.Empty, MediaFacts.Text(a, "extradata"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ConcatCopy_TwoTakesOfDifferentSources_DecodesWithoutErrors(bool delivery)
    {
        var (first, second) = await TwoTakesAsync(delivery);
        var list = _folder.File("list.txt");
        await File.WriteAllTextAsync(list, $"file '{first}'\nfile '{second}'\n");
        var joined = _folder.File("joined.mp4");
        IReadOnlyList<string> concat =
            [.. FfmpegArguments.Prelude, "-f", "concat", "-safe", "0", "-i", FfmpegArguments.File(list), "-c", "copy", FfmpegArguments.File(joined)];

        await _kit.Runner.RunFfmpegAsync(concat, joined, TimeSpan.Zero, null, CancellationToken.None);

        Assert.Equal(string.Empty, await MediaFacts.DecodeErrorsAsync(_kit.Processes, joined));
        var packets = await MediaFacts.PacketsAsync(_kit.Runner, joined);
        Assert.Equal(60 + 36, packets.Count);
        Assert.Equal([0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0], packets.Where(p => p.Key).Select(p => Math.Round(p.Seconds, 3)));
    }

    public void Dispose()
    {
        _kit.Dispose();
        _folder.Dispose();
    }

    /// <summary>
    /// H.264 1280x720 at 25 fps with B-frames, and 4:3 VP9 at 24 fps tagged BT.601 with sound; their
    /// mezzanines, or their delivery renditions.
    /// </summary>
    private async Task<(string First, string Second)> TwoTakesAsync(bool delivery)
    {
        var h264 = await IngestSources.H264Async(_kit.Runner, _folder.File("a.mp4"), "1280x720", 25, 2.5);
        var vp9 = await IngestSources.Vp9WithSoundAsync(_kit.Runner, _folder.File("b.webm"));
        var profile = new IngestProfile(Small, DeliveryVideoBitsPerSecond: 150_000, DeliveryHeight: 90);
        var first = await _kit.Ingest.IngestAsync(new TakeId("stitchtakea2"), h264, profile with { SlotSeconds = 2 }, CancellationToken.None);
        var second = await _kit.Ingest.IngestAsync(new TakeId("stitchtakea3"), vp9, profile with { SlotSeconds = 1.2 }, CancellationToken.None);
        Assert.True(first.IsSuccess && second.IsSuccess);
        string PathOf(TakeArtifacts artifacts) => Path.Combine(_kit.Data.MediaPath, delivery ? artifacts.DeliveryFile! : artifacts.VideoFile);
        return (PathOf(first.Value), PathOf(second.Value));
    }
}
