using System.Diagnostics;
using ClipBot.Core.Generation;
using ClipBot.Core.Takes;

namespace ClipBot.Bench.Scenarios;

/// <summary>Renders one clip per scene, camera move and aspect, to look at by eye after a change.</summary>
internal static class SamplesScenario
{
    private static readonly (string Name, ClipParameters Clip)[] Samples =
    [
        ("skyline", Make("a neon city skyline at dusk", CameraMove.ZoomIn, AspectRatio.Landscape16x9)),
        ("ocean", Make("waves on the ocean at sunset", CameraMove.PanRight, AspectRatio.Landscape16x9)),
        ("stars", Make("a galaxy full of stars", CameraMove.RotateCw, AspectRatio.Square1x1)),
        ("forest", Make("a gloomy forest with tall trees", CameraMove.PanUp, AspectRatio.Portrait9x16)),
        ("fire", Make("fire and flames", CameraMove.Static, AspectRatio.Portrait4x5)),
        ("fire-zoom", Make("fire and flames", CameraMove.ZoomIn, AspectRatio.Landscape16x9)),
        ("plasma", Make("something happy", CameraMove.ZoomOut, AspectRatio.Landscape16x9, seed: 3)),
        ("life", Make("something golden", CameraMove.PanLeft, AspectRatio.Landscape16x9, seed: 4)),
        ("automaton", Make("something pastel", CameraMove.RotateCcw, AspectRatio.Landscape16x9, seed: 1)),
        ("mandelbrot", Make("something purple", CameraMove.PanDown, AspectRatio.Landscape16x9, seed: 0)),
        ("caption", Make("it's 100% \"%{pts}\" [0:v]; a, b: c\\d — a much longer prompt that has to wrap onto more lines in portrait", CameraMove.Static, AspectRatio.Portrait9x16, seed: 5)),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var verbose = args.Contains("--verbose", StringComparer.Ordinal);
        var folder = Path.GetFullPath(args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "clipbot-samples"));
        Directory.CreateDirectory(folder);
        using var kit = new MediaKit(verbose);
        foreach (var (name, clip) in Samples)
        {
            var watch = Stopwatch.StartNew();
            var request = new GenerationRequest(new TakeId("sampsampsamp"), clip, Path.Combine(folder, name));
            var result = await kit.Generator.GenerateAsync(request, new Progress<int>(), cancellationToken);
            await output.WriteLineAsync($"{name,-11} {Timings.Seconds(watch.Elapsed.TotalSeconds)} {result.Value ?? result.Error?.Message}");
        }

        return 0;
    }

    private static ClipParameters Make(string prompt, CameraMove camera, AspectRatio aspect, uint seed = 7) => new()
    {
        Prompt = prompt,
        Seed = seed,
        Camera = camera,
        Aspect = aspect,
        Motion = 2,
    };
}
