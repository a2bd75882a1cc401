using System.Diagnostics;
using ClipBot.Core.Media;
using ClipBot.Core.Results;
using ClipBot.Media.Arguments;
using ClipBot.Media.Ingest;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Delivery;

/// <summary>
/// Fits a video under a chat platform's upload cap in one encode: the bit rate follows from the cap and
/// the duration, the frame size from the bit rate. A video that cannot fit at a watchable rate is refused,
/// so the caller posts a link instead of a smear.
/// </summary>
internal sealed class FfmpegDeliveryEncoder(FfmpegRunner runner, ILogger<FfmpegDeliveryEncoder> logger) : IDeliveryEncoder
{
    // The rate for the one corrective encode aims this far under the cap's share the first one overshot by.
    private const double RetryMargin = 0.9;

    public async Task<Result<long>> FitAsync(string sourcePath, long capBytes, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourcePath);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capBytes);

        var source = new FileInfo(Path.GetFullPath(sourcePath));
        if (!source.Exists)
        {
            throw new FileNotFoundException("The file to fit does not exist.", source.FullName);
        }

        var started = Stopwatch.GetTimestamp();
        var probed = await runner.RunFfprobeAsync(ProbeArguments.Build(source.FullName), cancellationToken);
        var probe = probed.ExitCode == 0 ? ProbeJsonParser.Parse(probed.Json) : null;
        if (probe?.Video is not { Width: > 0, Height: > 0 } video || probe.DurationSeconds is not { } duration || duration <= 0)
        {
            const string NotAVideo = "That file is not a video ClipBot can read.";
            logger.DeliveryRefused(source.FullName, capBytes, NotAVideo);
            return Error.Invalid(NotAVideo);
        }

        // ffmpeg turns a phone's sideways video upright before scaling, so the upright size is what counts.
        var sideways = Math.Abs(video.Rotation) % 180 == 90;
        var (sourceWidth, sourceHeight) = sideways ? (video.Height, video.Width) : (video.Width, video.Height);
        var planned = DeliveryPlanner.Plan(duration, capBytes, probe.HasAudio, Math.Min(sourceWidth, sourceHeight));
        if (!planned.IsSuccess)
        {
            logger.DeliveryRefused(source.FullName, capBytes, planned.Error.Message);
            return planned.Error;
        }

        var finalPath = Path.GetFullPath(outputPath);
        var folder = Path.GetDirectoryName(finalPath) ?? throw new ArgumentException("The output needs a folder.", nameof(outputPath));
        Directory.CreateDirectory(folder);
        using var partial = new PartialFiles(folder, logger);
        var temporary = partial.Create(Path.GetFileName(finalPath));
        var plan = planned.Value;
        var bytes = await EncodeAsync(source.FullName, plan, sourceWidth, sourceHeight, temporary, cancellationToken);
        if (bytes > capBytes)
        {
            // Not expected (the margins are measured), but a user waiting on a post is better served by one
            // more encode than by an error.
            var lowered = (long)(plan.VideoBitsPerSecond * RetryMargin * capBytes / bytes);
            logger.DeliveryOverCap(source.FullName, bytes, capBytes, lowered / 1000);
            plan = plan with { VideoBitsPerSecond = lowered };
            bytes = await EncodeAsync(source.FullName, plan, sourceWidth, sourceHeight, temporary, cancellationToken);
            if (bytes > capBytes)
            {
                throw new MediaProcessingException($"Fitting '{source.FullName}' under {capBytes} bytes gave {bytes} bytes twice.");
            }
        }

        partial.Publish(temporary, Path.GetFileName(finalPath));
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        logger.DeliveryFitted(
            source.FullName, capBytes, bytes, plan.VideoBitsPerSecond / 1000, plan.ShortSide, plan.AudioBitsPerSecond / 1000, elapsedMs);
        return bytes;
    }

    private async Task<long> EncodeAsync(
        string sourcePath, DeliveryPlan plan, int sourceWidth, int sourceHeight, string outputPath, CancellationToken cancellationToken)
    {
        var (width, height) = DeliveryArguments.Size(sourceWidth, sourceHeight, plan.ShortSide);
        var arguments = DeliveryArguments.Build(sourcePath, plan, width, height, outputPath);
        await runner.RunFfmpegAsync(arguments, outputPath, TimeSpan.Zero, null, cancellationToken);
        return new FileInfo(outputPath).Length;
    }
}
