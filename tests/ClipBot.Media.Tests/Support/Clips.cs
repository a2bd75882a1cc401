using ClipBot.Core.Generation;
using ClipBot.Core.Takes;

namespace ClipBot.Media.Tests.Support;

/// <summary>Renders local clips for tests, each in a work folder of its own.</summary>
internal static class Clips
{
    public static readonly TakeId TakeId = new("testtaketest");

    public static async Task<string> RenderAsync(MediaKit kit, string workDirectory, ClipParameters parameters, IProgress<int>? progress = null)
    {
        var request = new GenerationRequest(TakeId, parameters, workDirectory);
        var result = await kit.Generator.GenerateAsync(request, progress ?? new RecordingProgress(), CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
