using System.Globalization;
using System.Text;
using ClipBot.Media.Ingest;

namespace ClipBot.Media.Arguments;

/// <summary>
/// The one filter graph of an ingest: the source is decoded, fitted to the canvas and counted out in
/// frames once, then split to the mezzanine, the poster, the preview and the delivery rendition.
/// </summary>
internal static class IngestFilterGraph
{
    public const string Mezzanine = "mezzanine";
    public const string Poster = "poster";
    public const string Preview = "preview";
    public const string Delivery = "delivery";

    public static string Build(IngestPlan plan, PreviewStep previewStep, PreviewFormat previewFormat)
    {
        ArgumentNullException.ThrowIfNull(plan);

        var canvas = plan.Canvas;
        var branches = plan.Delivery is null ? 3 : 4;

        // The padding only has to outlast any shortfall; trim then cuts the stream at the exact frame count.
        var padSeconds = Number(Math.Ceiling(plan.DurationSeconds) + 1);
        var graph = new StringBuilder()
            .Append("[0:v]setpts=PTS-STARTPTS,")
            .Append(CanvasFitFilter.Build(canvas))
            .Append(",fps=").Append(Number(canvas.Fps))
            .Append(",tpad=stop_mode=clone:stop_duration=").Append(padSeconds)
            .Append(",trim=end_frame=").Append(Number(plan.Frames))
            .Append(",split=").Append(Number(branches))
            .Append($"[{Mezzanine}][poster_in][preview_in]")
            .Append(plan.Delivery is null ? string.Empty : "[delivery_in]")
            .Append(';')
            .Append($"[poster_in]trim=start_frame={Number(plan.PosterFrame)}:end_frame={Number(plan.PosterFrame + 1)}[{Poster}];")
            .Append($"[preview_in]trim=start_frame={Number(plan.PreviewStartFrame)}:end_frame={Number(plan.PreviewEndFrame)},")
            .Append("setpts=PTS-STARTPTS[preview_cut];")
            .Append(PreviewArguments.Filter("preview_cut", Preview, canvas, previewStep, previewFormat));
        if (plan.Delivery is { } delivery)
        {
            graph.Append($";[delivery_in]scale={Number(delivery.Width)}:{Number(delivery.Height)},setsar=1[{Delivery}]");
        }

        return graph.ToString();
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
