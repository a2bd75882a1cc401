using ClipBot.Core.Media;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Ingest;

public sealed class FfmpegMediaIngestTests : IDisposable
{
    private static readonly TakeId Take = new("ingesttake23");
    private static readonly IngestProfile Profile = new(new Canvas(320, 180, 30), SlotSeconds: 2, DeliveryVideoBitsPerSecond: 200_000);

    private readonly TempFolder _folder = new();
    private readonly MediaKit _kit;

    public FfmpegMediaIngestTests() => _kit = new MediaKit(dataPath: _folder.File("data"));

    private string MediaFolder => _kit.Data.MediaPath;

    [Fact]
    public async Task IngestAsync_GeneratedClip_WritesMezzaninePosterAndPreview()
    {
        var source = await Clips.RenderAsync(_kit, _folder.File("work"), new ClipParameters { Prompt = "the sea", Seed = 3, DurationSeconds = 2 });

        var result = await _kit.Ingest.IngestAsync(Take, source, new IngestProfile(Canvas.Default), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var artifacts = result.Value;
        Assert.Equal(("ingesttake23.mp4", "ingesttake23.jpg", "ingesttake23.webp", null), (artifacts.VideoFile, artifacts.PosterFile, artifacts.PreviewFile, artifacts.DeliveryFile));
        var video = Path.Combine(MediaFolder, artifacts.VideoFile);
        var boxes = Mp4Boxes.TopLevel(video).ToList();
        Assert.True(boxes.IndexOf("moov") < boxes.IndexOf("mdat"), string.Join(",", boxes));
        Assert.Equal(new FileInfo(video).Length, artifacts.VideoBytes);
        Assert.Equal((1280, 720, 2.0), (artifacts.Width, artifacts.Height, artifacts.DurationSeconds));
        var poster = await File.ReadAllBytesAsync(Path.Combine(MediaFolder, artifacts.PosterFile));
        Assert.Equal([0xFF, 0xD8], poster[..2]);
        Assert.True(File.Exists(source));
        Assert.Equal(["ingesttake23.jpg", "ingesttake23.mp4", "ingesttake23.webp"], FilesInMedia());
    }

    [Fact]
    public async Task IngestAsync_ForeignCodecOddSizeWithSound_BecomesSilentH264OnTheCanvas()
    {
        var source = await Sources.ForeignClipAsync(_kit.Runner, _folder.File("foreign.avi"));

        var result = await _kit.Ingest.IngestAsync(Take, source, new IngestProfile(new Canvas(320, 180, 30)), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var facts = await Ffprobe.VideoAsync(_kit.Runner, Path.Combine(MediaFolder, result.Value.VideoFile));
        Assert.Equal(("h264", "yuv420p", 320, 180), (facts.Codec, facts.PixelFormat, facts.Width, facts.Height));
        Assert.Equal((320, 180), (result.Value.Width, result.Value.Height));
        Assert.Null(await MediaFacts.StreamAsync(_kit.Runner, Path.Combine(MediaFolder, result.Value.VideoFile), "audio"));
    }

    [Fact]
    public async Task IngestAsync_CancelledMidEncode_ThrowsAndLeavesNothing()
    {
        var source = await IngestSources.H264Async(_kit.Runner, _folder.File("long.mp4"), "640x360", 30, 20);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));

        var ingest = () => _kit.Ingest.IngestAsync(Take, source, new IngestProfile(Canvas.Default), cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(ingest);
        Assert.Empty(FilesInMedia());
    }

    [Fact]
    public async Task IngestAsync_TextFileNamedMp4_IsRefusedAsNotAVideo()
    {
        var source = _folder.File("fake.mp4");
        await File.WriteAllTextAsync(source, "this is not a video, only text pretending to be one");

        var result = await _kit.Ingest.IngestAsync(Take, source, Profile, CancellationToken.None);

        AssertRefused(result, "not a video");
    }

    [Fact]
    public async Task IngestAsync_AudioOnly_IsRefusedForHavingNoVideo()
    {
        var source = await Sources.AudioOnlyAsync(_kit.Runner, _folder.File("tone.m4a"));

        var result = await _kit.Ingest.IngestAsync(Take, source, Profile, CancellationToken.None);

        AssertRefused(result, "no video");
    }

    [Fact]
    public async Task IngestAsync_ClipOver60Seconds_IsRefusedNamingTheLimit()
    {
        var source = await Sources.LongClipAsync(_kit.Runner, _folder.File("long.mp4"));

        var result = await _kit.Ingest.IngestAsync(Take, source, Profile, CancellationToken.None);

        AssertRefused(result, "at most 60 s");
    }

    [Fact]
    public async Task IngestAsync_FileOver200MB_IsRefusedBeforeProbing()
    {
        var source = _folder.File("huge.mp4");
        await using (var stream = File.Create(source))
        {
            // Sparse: the size is real to the file system, the disk holds nothing.
            stream.SetLength((200L * 1024 * 1024) + 1);
        }

        var result = await _kit.Ingest.IngestAsync(Take, source, Profile, CancellationToken.None);

        AssertRefused(result, "at most 200 MB");
    }

    [Fact]
    public async Task IngestAsync_StillImage_IsRefused()
    {
        var source = await Sources.LavfiAsync(_kit.Runner, _folder.File("still.png"), "color=c=red:s=64x64", "-frames:v", "1", "-f", "image2");

        var result = await _kit.Ingest.IngestAsync(Take, source, Profile, CancellationToken.None);

        AssertRefused(result, "still image");
    }

    [Fact]
    public async Task IngestAsync_MissingSource_Throws()
    {
        var ingest = () => _kit.Ingest.IngestAsync(Take, _folder.File("nothing.mp4"), Profile, CancellationToken.None);

        await Assert.ThrowsAsync<FileNotFoundException>(ingest);
    }

    [Fact]
    public async Task IngestAsync_IdThatIsAPath_Throws()
    {
        var source = _folder.File("any.mp4");
        await File.WriteAllTextAsync(source, "x");

        var ingest = () => _kit.Ingest.IngestAsync(new TakeId("../../etc/x"), source, Profile, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(ingest);
    }

    public void Dispose()
    {
        _kit.Dispose();
        _folder.Dispose();
    }

    private void AssertRefused(Result<TakeArtifacts> result, string reason)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.Invalid, result.Error.Kind);
        Assert.Contains(reason, result.Error.Message, StringComparison.Ordinal);
        Assert.Empty(FilesInMedia());
    }

    private string[] FilesInMedia() => Directory.Exists(MediaFolder)
        ? Directory.GetFiles(MediaFolder).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray()
        : [];
}
