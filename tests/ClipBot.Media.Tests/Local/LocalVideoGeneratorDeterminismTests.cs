using ClipBot.Core.Takes;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Local;

public sealed class LocalVideoGeneratorDeterminismTests : IDisposable
{
    private static readonly ClipParameters Base = new() { Prompt = "a neon city skyline", Seed = 7, Camera = CameraMove.PanRight, DurationSeconds = 1 };

    private readonly TempFolder _folder = new();
    private readonly MediaKit _kit = new();

    [Fact]
    public async Task GenerateAsync_SameRequestTwice_GivesIdenticalBytesAndFrames()
    {
        var first = await Clips.RenderAsync(_kit, _folder.File("one"), Base);
        var second = await Clips.RenderAsync(_kit, _folder.File("two"), Base);

        Assert.Equal(await HashesAsync(first), await HashesAsync(second));
        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task GenerateAsync_OtherSeed_GivesOtherFrames()
    {
        var first = await Clips.RenderAsync(_kit, _folder.File("seed7"), Base);
        var second = await Clips.RenderAsync(_kit, _folder.File("seed8"), Base with { Seed = 8 });

        var (one, two) = (await HashesAsync(first), await HashesAsync(second));

        Assert.Empty(one.Intersect(two));
    }

    [Fact]
    public async Task GenerateAsync_OtherPrompt_GivesOtherFrames()
    {
        var first = await Clips.RenderAsync(_kit, _folder.File("city"), Base);
        var second = await Clips.RenderAsync(_kit, _folder.File("town"), Base with { Prompt = "a neon town skyline" });

        var (one, two) = (await HashesAsync(first), await HashesAsync(second));

        Assert.Empty(one.Intersect(two));
    }

    public void Dispose()
    {
        _kit.Dispose();
        _folder.Dispose();
    }

    private Task<IReadOnlyList<string>> HashesAsync(string path) => Ffprobe.FrameHashesAsync(_kit.Runner, path, _folder.Path);
}
