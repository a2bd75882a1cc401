using System.Text;
using ClipBot.Core.Generation;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Local;

/// <summary>
/// The offline generator: a procedural clip drawn by ffmpeg's own sources and filters, chosen by the
/// prompt's words and laid out by the seed, the same every time for the same request.
/// </summary>
internal sealed class LocalVideoGenerator(
    FfmpegRunner runner,
    CaptionFont font,
    TimeProvider timeProvider,
    ILogger<LocalVideoGenerator> logger) : IVideoGenerator
{
    public const string ProviderName = "local";
    public const string CaptionFileName = "caption.txt";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public string Name => ProviderName;

    public async Task<Result<string>> GenerateAsync(GenerationRequest request, IProgress<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.WorkDirectory);

        // The id becomes a file name; only ids TakeId itself could have made are safe as one.
        if (!TakeId.TryParse(request.TakeId.Value, out _))
        {
            throw new ArgumentException($"'{request.TakeId.Value}' is not a take id.", nameof(request));
        }

        if (ParameterCheck.Find(request.Parameters) is { } error)
        {
            logger.LocalClipRejected(request.TakeId.Value, error.Message);
            return error;
        }

        var started = timeProvider.GetTimestamp();
        var plan = ClipPlanner.Plan(request.Parameters);
        var workDirectory = Path.GetFullPath(request.WorkDirectory);
        Directory.CreateDirectory(workDirectory);

        var captionPath = Path.Combine(workDirectory, CaptionFileName);
        var caption = CaptionWrapper.Wrap(request.Parameters.Prompt, CaptionStyle.For(plan.Width, plan.Height).MaxCharsPerLine);
        await File.WriteAllTextAsync(captionPath, caption, Utf8NoBom, cancellationToken);

        var outputPath = Path.Combine(workDirectory, $"{request.TakeId.Value}-local.mp4");
        var graph = LocalGraphBuilder.Build(plan, captionPath, font.FontFile);
        var arguments = RenderArguments.Build(graph, plan.Frames, plan.Fps, outputPath);
        await runner.RunFfmpegAsync(arguments, outputPath, TimeSpan.FromSeconds(plan.DurationSeconds), progress, cancellationToken);

        var elapsedMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        logger.LocalClipRendered(request.TakeId.Value, plan.Scene, plan.Palette.Name, plan.Camera, elapsedMs);
        return outputPath;
    }
}
