using System.Diagnostics;
using ClipBot.Core.Media;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Media.Ingest;

/// <summary>
/// Pays a take's encoding once, when it arrives: after refusing what is not a usable video, one ffmpeg run
/// writes the mezzanine the cut joins by stream copy, the poster, the animated preview and, in a reel, the
/// delivery rendition. Nothing appears under a take's names until all of them are good.
/// </summary>
internal sealed class FfmpegMediaIngest(FfmpegRunner runner, IOptions<DataOptions> data, ILogger<FfmpegMediaIngest> logger)
    : IMediaIngest
{
    private readonly PreviewFormatCheck _previewFormat = new(runner, logger);

    public async Task<Result<TakeArtifacts>> IngestAsync(
        TakeId takeId, string sourcePath, IngestProfile profile, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourcePath);
        ArgumentNullException.ThrowIfNull(profile);

        // The id becomes a file name; only ids TakeId itself could have made are safe as one.
        if (!TakeId.TryParse(takeId.Value, out _))
        {
            throw new ArgumentException($"'{takeId.Value}' is not a take id.", nameof(takeId));
        }

        var source = new FileInfo(Path.GetFullPath(sourcePath));
        if (!source.Exists)
        {
            throw new FileNotFoundException("The file to ingest does not exist.", source.FullName);
        }

        var started = Stopwatch.GetTimestamp();
        var usable = SourceCheck.CheckSize(source.Length) is { } tooBig
            ? tooBig
            : SourceCheck.Check(await ProbeAsync(source.FullName, cancellationToken));
        if (!usable.IsSuccess || usable.Value.DurationSeconds is not { } sourceSeconds)
        {
            var reason = usable.Error?.Message ?? "That file is not a video ClipBot can read.";
            logger.IngestRefused(takeId.Value, reason);
            return usable.Error ?? Error.Invalid(reason);
        }

        var plan = IngestPlan.Create(profile, sourceSeconds);
        var folder = data.Value.MediaPath;
        Directory.CreateDirectory(folder);
        var format = await _previewFormat.GetAsync(folder, cancellationToken);
        var names = new IngestOutputs(
            $"{takeId.Value}.mp4",
            $"{takeId.Value}.jpg",
            $"{takeId.Value}.{(format == PreviewFormat.WebP ? "webp" : "gif")}",
            plan.Delivery is null ? null : $"{takeId.Value}.delivery.mp4");

        using var partial = new PartialFiles(folder, logger);
        var outputs = new IngestOutputs(
            partial.Create(names.Mezzanine),
            partial.Create(names.Poster),
            partial.Create(names.Preview),
            names.Delivery is null ? null : partial.Create(names.Delivery));
        var arguments = IngestArguments.Build(source.FullName, plan, outputs, PreviewStep.Ladder[0], format);
        await runner.RunFfmpegAsync(arguments, outputs.Mezzanine, TimeSpan.Zero, null, cancellationToken);
        await CheckWrittenAsync(takeId, plan, outputs, cancellationToken);

        var previewFits = await PreviewFitter.FitAsync(
            runner, logger, takeId.Value, plan, outputs.Mezzanine, outputs.Preview, format, PreviewFitter.MaxBytes, cancellationToken);
        if (!previewFits)
        {
            logger.PreviewDropped(takeId.Value, PreviewFitter.MaxBytes);
        }

        // The mezzanine last: once it is visible under the take's name, everything else of the take is there.
        partial.Publish(outputs.Poster, names.Poster);
        string? previewName = null;
        if (previewFits)
        {
            partial.Publish(outputs.Preview, names.Preview);
            previewName = names.Preview;
        }

        long? deliveryBytes = outputs.Delivery is { } delivery && names.Delivery is { } deliveryName
            ? new FileInfo(partial.Publish(delivery, deliveryName)).Length
            : null;
        var bytes = new FileInfo(partial.Publish(outputs.Mezzanine, names.Mezzanine)).Length;

        var canvas = plan.Canvas;
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        logger.TakeIngested(takeId.Value, canvas.Width, canvas.Height, canvas.Fps, plan.Frames, bytes, format, deliveryBytes, elapsedMs);
        return new TakeArtifacts(
            names.Mezzanine, names.Poster, canvas.Width, canvas.Height, plan.DurationSeconds, bytes, previewName, names.Delivery);
    }

    /// <summary>ffmpeg checked only the mezzanine; a run with several outputs must have written them all.</summary>
    private async Task CheckWrittenAsync(TakeId takeId, IngestPlan plan, IngestOutputs outputs, CancellationToken cancellationToken)
    {
        foreach (var path in new[] { outputs.Poster, outputs.Preview, outputs.Delivery })
        {
            if (path is not null && new FileInfo(path) is { Exists: false } or { Length: 0 })
            {
                throw new MediaProcessingException($"ffmpeg exited 0 but wrote nothing to '{path}' for take {takeId.Value}.");
            }
        }

        var written = await ProbeAsync(outputs.Mezzanine, cancellationToken);
        if (written?.Video is not { } video || video.Width != plan.Canvas.Width || video.Height != plan.Canvas.Height)
        {
            throw new MediaProcessingException(
                $"ffmpeg wrote '{outputs.Mezzanine}' for take {takeId.Value}, but ffprobe does not read it back as a {plan.Canvas.Width}x{plan.Canvas.Height} video.");
        }
    }

    private async Task<ProbeInfo?> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var output = await runner.RunFfprobeAsync(ProbeArguments.Build(path), cancellationToken);

        // ffprobe refusing a file is the answer "not media", not a fault.
        return output.ExitCode == 0 ? ProbeJsonParser.Parse(output.Json) : null;
    }
}
