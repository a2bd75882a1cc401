using System.Diagnostics;
using ClipBot.Core.Generation;
using ClipBot.Core.Takes;
using ClipBot.Media.Arguments;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// The local generator against its floor: the same x264 settings encoding ffmpeg's testsrc2, which is what
/// the clip would cost if drawing the scene were free.
/// </summary>
internal static class GenerateScenario
{
    private const int Runs = 5;
    private const double TargetSeconds = 2.0;

    private static readonly ClipParameters Clip = new()
    {
        Prompt = "a neon city skyline at dusk",
        Seed = 7,
        Camera = CameraMove.ZoomIn,
        Motion = 2,
        DurationSeconds = 4,
        Aspect = AspectRatio.Landscape16x9,
    };

    private static readonly string[] ScenePrompts =
        ["a city", "the ocean", "stars", "a forest", "fire", "abstract"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("clipbot-bench-");
        try
        {
            using var kit = new MediaKit();
            await output.WriteLineAsync($"generate: \"{Clip.Prompt}\" --seed {Clip.Seed} --camera {Clip.Camera.ToWire()} --motion {Clip.Motion} --duration {Clip.DurationSeconds}, 1280x720 30 fps, {Runs} runs after a warm-up");
            var generate = await TimeAsync(output, "generate", Runs, () => RenderAsync(kit, Clip, work.FullName, cancellationToken));
            var baseline = await TimeAsync(output, "baseline", Runs, () => BaselineAsync(kit, work.FullName, cancellationToken));

            var verdict = generate < TargetSeconds ? "PASS" : "FAIL";
            await output.WriteLineAsync(
                $"generate median {Timings.Seconds(generate)} | baseline (bare testsrc2 encode) {Timings.Seconds(baseline)} | ratio {Timings.Ratio(generate / baseline)} | target < {TargetSeconds:0} s: {verdict}");

            if (args.Contains("--scenes", StringComparer.Ordinal))
            {
                foreach (var prompt in ScenePrompts)
                {
                    var clip = Clip with { Prompt = prompt };
                    var median = await TimeAsync(output, prompt, 3, () => RenderAsync(kit, clip, work.FullName, cancellationToken));
                    await output.WriteLineAsync($"  {prompt,-9} median {Timings.Seconds(median)} | ratio {Timings.Ratio(median / baseline)}");
                }
            }

            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<double> TimeAsync(TextWriter output, string label, int runs, Func<Task> run)
    {
        await run();
        var seconds = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            seconds.Add(watch.Elapsed.TotalSeconds);
        }

        await output.WriteLineAsync($"  {label,-9} runs: {string.Join(", ", seconds.Select(Timings.Seconds))}");
        return Timings.Median(seconds);
    }

    private static async Task RenderAsync(MediaKit kit, ClipParameters clip, string work, CancellationToken cancellationToken)
    {
        var request = new GenerationRequest(new TakeId("benchbenchbe"), clip, work);
        var result = await kit.Generator.GenerateAsync(request, new Progress<int>(), cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"The benchmark clip was refused: {result.Error.Message}");
        }
    }

    private static Task BaselineAsync(MediaKit kit, string work, CancellationToken cancellationToken)
    {
        var output = Path.Combine(work, "baseline.mp4");
        IReadOnlyList<string> arguments =
        [
            .. FfmpegArguments.Prelude,
            "-f", "lavfi",
            "-i", "testsrc2=s=1280x720:r=30:d=4",
            .. EncodeSettings.X264,
            .. EncodeSettings.Mp4,
            FfmpegArguments.File(output),
        ];
        return kit.Runner.RunFfmpegAsync(arguments, output, TimeSpan.FromSeconds(4), null, cancellationToken);
    }
}
