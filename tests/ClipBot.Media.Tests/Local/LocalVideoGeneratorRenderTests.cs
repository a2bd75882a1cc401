using ClipBot.Core.Generation;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using ClipBot.Media.Local;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Local;

public sealed class LocalVideoGeneratorRenderTests : IDisposable
{
    private const double OneFrame = 1.0 / 30;

    private readonly TempFolder _folder = new();
    private readonly MediaKit _kit = new();

    [Theory]
    [InlineData(AspectRatio.Landscape16x9, "a neon city skyline", CameraMove.ZoomIn, 1280, 720)]
    [InlineData(AspectRatio.Portrait9x16, "a forest of tall trees", CameraMove.PanUp, 720, 1280)]
    [InlineData(AspectRatio.Square1x1, "stars in deep space", CameraMove.RotateCw, 720, 720)]
    [InlineData(AspectRatio.Portrait4x5, "fire", CameraMove.Static, 720, 900)]
    public async Task GenerateAsync_Aspect_RendersH264Yuv420pAtItsCanvas(AspectRatio aspect, string prompt, CameraMove camera, int width, int height)
    {
        var parameters = new ClipParameters { Prompt = prompt, Seed = 5, Aspect = aspect, Camera = camera, DurationSeconds = 2 };

        var path = await Clips.RenderAsync(_kit, _folder.File(aspect.ToString()), parameters);

        var facts = await Ffprobe.VideoAsync(_kit.Runner, path);
        Assert.Equal("h264", facts.Codec);
        Assert.Equal("yuv420p", facts.PixelFormat);
        Assert.Equal((width, height), (facts.Width, facts.Height));
        Assert.InRange(facts.DurationSeconds, 2 - OneFrame, 2 + OneFrame);
        Assert.Contains("mp4", facts.FormatName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("waves on the ocean", CameraMove.PanRight, 0)]
    [InlineData("a city at night", CameraMove.PanLeft, 4)]
    [InlineData("abstract", CameraMove.PanDown, 1)]
    [InlineData("something", CameraMove.ZoomOut, 3)]
    [InlineData("a golden pattern", CameraMove.RotateCcw, 2)]
    public async Task GenerateAsync_SceneAndCamera_RendersTheFullDuration(string prompt, CameraMove camera, int motion)
    {
        var parameters = new ClipParameters { Prompt = prompt, Seed = (uint)motion, Camera = camera, Motion = motion, DurationSeconds = 1 };

        var path = await Clips.RenderAsync(_kit, _folder.File($"{camera}"), parameters);

        var facts = await Ffprobe.VideoAsync(_kit.Runner, path);
        Assert.InRange(facts.DurationSeconds, 1 - OneFrame, 1 + OneFrame);
    }

    [Theory]
    [InlineData(3u, "color=c=black:s=80x45")]
    [InlineData(4u, "life=")]
    [InlineData(1u, "cellauto=")]
    [InlineData(0u, "mandelbrot=")]
    public async Task GenerateAsync_AbstractVariantOfSeed_Renders(uint seed, string firstSource)
    {
        var parameters = new ClipParameters { Prompt = "xyz", Seed = seed, DurationSeconds = 1 };
        var graph = LocalGraphBuilder.Build(ClipPlanner.Plan(parameters), "/w/caption.txt", null);

        var path = await Clips.RenderAsync(_kit, _folder.File($"abstract-{seed}"), parameters);

        Assert.StartsWith(firstSource, graph, StringComparison.Ordinal);
        Assert.True(new FileInfo(path).Length > 0);
    }

    [Fact]
    public async Task GenerateAsync_Render_ReportsRisingProgressEndingAt100()
    {
        var progress = new RecordingProgress();

        await Clips.RenderAsync(_kit, _folder.File("progress"), new ClipParameters { Prompt = "the sea", Seed = 1, DurationSeconds = 3 }, progress);

        Assert.Equal(100, progress.Values[^1]);
        Assert.Equal(progress.Values.Order(), progress.Values);
        Assert.All(progress.Values, v => Assert.InRange(v, 0, 100));
    }

    [Fact]
    public async Task GenerateAsync_InvalidMotion_ReturnsInvalidWithoutRendering()
    {
        var request = new GenerationRequest(Clips.TakeId, new ClipParameters { Prompt = "x", Seed = 1, Motion = 9 }, _folder.File("invalid"));

        var result = await _kit.Generator.GenerateAsync(request, new RecordingProgress(), CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.Invalid, result.Error.Kind);
        Assert.False(Directory.Exists(_folder.File("invalid")));
    }

    [Fact]
    public async Task GenerateAsync_Cancelled_ThrowsCancellation()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var request = new GenerationRequest(Clips.TakeId, new ClipParameters { Prompt = "fire", Seed = 1, DurationSeconds = 10 }, _folder.File("cancel"));

        var run = () => _kit.Generator.GenerateAsync(request, new RecordingProgress(), cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(run);
    }

    [Fact]
    public void Name_Always_IsLocal()
    {
        var name = _kit.Generator.Name;

        Assert.Equal("local", name);
    }

    public void Dispose()
    {
        _kit.Dispose();
        _folder.Dispose();
    }
}
