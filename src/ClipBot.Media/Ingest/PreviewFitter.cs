using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Ingest;

/// <summary>
/// Keeps the animated preview under its size limit. The first rung is far under it for any real clip, so
/// this only re-renders, from the finished mezzanine, when a pathological clip (pure noise) overshoots.
/// </summary>
internal static class PreviewFitter
{
    /// <summary>Chat and the Studio load previews in bulk: each must stay under 2 MB.</summary>
    public const long MaxBytes = 2_000_000;

    /// <returns>True when the preview at <paramref name="previewPath"/> is now under the limit.</returns>
    public static async Task<bool> FitAsync(
        FfmpegRunner runner,
        ILogger logger,
        string takeId,
        IngestPlan plan,
        string mezzaninePath,
        string previewPath,
        PreviewFormat format,
        long limitBytes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);

        var bytes = new FileInfo(previewPath).Length;
        foreach (var step in PreviewStep.Ladder.Skip(1))
        {
            if (bytes < limitBytes)
            {
                return true;
            }

            logger.PreviewSteppedDown(takeId, bytes, step.LongSide, step.Fps);
            var arguments = PreviewArguments.Rerender(
                mezzaninePath, plan.PreviewStart, plan.PreviewLength, plan.Canvas, step, format, previewPath);
            await runner.RunFfmpegAsync(arguments, previewPath, TimeSpan.Zero, null, cancellationToken);
            bytes = new FileInfo(previewPath).Length;
        }

        return bytes < limitBytes;
    }
}
