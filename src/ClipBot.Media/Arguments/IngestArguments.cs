using System.Globalization;
using ClipBot.Media.Ingest;

namespace ClipBot.Media.Arguments;

/// <summary>
/// The single ffmpeg run of an ingest: one decode feeds every output, which on two cores is what keeps a
/// 4 s clip's ingest under three seconds.
/// </summary>
internal static class IngestArguments
{
    public static IReadOnlyList<string> Build(
        string sourcePath, IngestPlan plan, IngestOutputs outputs, PreviewStep previewStep, PreviewFormat previewFormat)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outputs);
        if ((plan.Delivery is null) != (outputs.Delivery is null))
        {
            throw new ArgumentException("A delivery file is written exactly when the plan has a delivery rendition.", nameof(outputs));
        }

        List<string> arguments = [.. FfmpegArguments.Prelude];
        if (plan.ReadSeconds is { } read)
        {
            // Stops reading a long source early; the graph's trim still decides the exact length.
            arguments.AddRange(["-t", read.ToString("0.###", CultureInfo.InvariantCulture)]);
        }

        arguments.AddRange(
        [
            "-i", FfmpegArguments.File(sourcePath),
            "-filter_complex", IngestFilterGraph.Build(plan, previewStep, previewFormat),
            "-map", $"[{IngestFilterGraph.Mezzanine}]",
            .. plan.Mezzanine.Arguments,
            .. EncodeSettings.Mp4,
            FfmpegArguments.File(outputs.Mezzanine),
            "-map", $"[{IngestFilterGraph.Poster}]",
            .. PosterArguments.Output(outputs.Poster),
            "-map", $"[{IngestFilterGraph.Preview}]",
            .. PreviewArguments.Output(previewStep, previewFormat, outputs.Preview),
        ]);
        if (plan.Delivery is { } delivery && outputs.Delivery is { } deliveryPath)
        {
            arguments.AddRange(
            [
                "-map", $"[{IngestFilterGraph.Delivery}]",
                .. delivery.Arguments,
                .. EncodeSettings.Mp4,
                FfmpegArguments.File(deliveryPath),
            ]);
        }

        return arguments;
    }
}
