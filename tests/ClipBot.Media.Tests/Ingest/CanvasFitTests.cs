using ClipBot.Core.Media;
using ClipBot.Core.Takes;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Ingest;

/// <summary>A square red source on a wide canvas: bars at the sides when letterboxed, red to the edges when cropped.</summary>
public sealed class CanvasFitTests : IDisposable
{
    private static readonly TakeId Take = new("canvasfitaaa");

    private readonly TempFolder _folder = new();
    private readonly MediaKit _kit;

    public CanvasFitTests() => _kit = new MediaKit(dataPath: _folder.File("data"));

    [Fact]
    public async Task IngestAsync_SquareSourceLetterboxedOnWideCanvas_HasBlackBarsLeftAndRight()
    {
        var source = await IngestSources.SolidAsync(_kit.Runner, _folder.File("square.mp4"), "240x240");

        var mezzanine = await IngestAsync(source, new Canvas(320, 180, 30, FitMode.Letterbox));

        Assert.True(IsBlack(await PixelAsync(mezzanine, 2, 90)));
        Assert.True(IsBlack(await PixelAsync(mezzanine, 317, 90)));
        Assert.True(IsRed(await PixelAsync(mezzanine, 160, 90)));
        Assert.True(IsRed(await PixelAsync(mezzanine, 160, 1)));
        Assert.True(IsRed(await PixelAsync(mezzanine, 160, 178)));
    }

    [Fact]
    public async Task IngestAsync_SquareSourceCroppedOnWideCanvas_IsRedToEveryEdge()
    {
        var source = await IngestSources.SolidAsync(_kit.Runner, _folder.File("square.mp4"), "240x240");

        var mezzanine = await IngestAsync(source, new Canvas(320, 180, 30, FitMode.Crop));

        Assert.True(IsRed(await PixelAsync(mezzanine, 1, 90)));
        Assert.True(IsRed(await PixelAsync(mezzanine, 318, 90)));
        Assert.True(IsRed(await PixelAsync(mezzanine, 160, 1)));
        Assert.True(IsRed(await PixelAsync(mezzanine, 160, 178)));
    }

    [Fact]
    public async Task IngestAsync_WideSourceLetterboxedOnPortraitCanvas_HasBlackBarsAboveAndBelow()
    {
        var source = await IngestSources.SolidAsync(_kit.Runner, _folder.File("wide.mp4"), "320x180", "blue");

        var mezzanine = await IngestAsync(source, new Canvas(180, 320, 30, FitMode.Letterbox));

        Assert.True(IsBlack(await PixelAsync(mezzanine, 90, 2)));
        Assert.True(IsBlack(await PixelAsync(mezzanine, 90, 317)));
        Assert.True(IsBlue(await PixelAsync(mezzanine, 90, 160)));
        Assert.True(IsBlue(await PixelAsync(mezzanine, 1, 160)));
    }

    public void Dispose()
    {
        _kit.Dispose();
        _folder.Dispose();
    }

    private static bool IsBlack((int R, int G, int B) c) => c.R < 24 && c.G < 24 && c.B < 24;

    private static bool IsRed((int R, int G, int B) c) => c.R > 200 && c.G < 40 && c.B < 40;

    private static bool IsBlue((int R, int G, int B) c) => c.B > 200 && c.R < 40 && c.G < 40;

    private Task<(int R, int G, int B)> PixelAsync(string video, int x, int y) =>
        MediaFacts.PixelAsync(_kit.Runner, video, 10, x, y, _folder.Path);

    private async Task<string> IngestAsync(string source, Canvas canvas)
    {
        var result = await _kit.Ingest.IngestAsync(Take, source, new IngestProfile(canvas), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return Path.Combine(_kit.Data.MediaPath, result.Value.VideoFile);
    }
}
