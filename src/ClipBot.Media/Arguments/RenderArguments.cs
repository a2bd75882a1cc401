using System.Globalization;

namespace ClipBot.Media.Arguments;

/// <summary>The command line that renders a generated filter graph to an MP4.</summary>
internal static class RenderArguments
{
    public const string OutputLabel = "out";

    /// <param name="filterGraph">A graph whose final pad is labelled <c>[out]</c>.</param>
    public static IReadOnlyList<string> Build(string filterGraph, int frames, int fps, string outputPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(filterGraph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frames);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fps);

        return
        [
            .. FfmpegArguments.Prelude,

            // Some filters split frames into slices by thread; a fixed count keeps frames equal across machines.
            "-filter_complex_threads", EncodeSettings.Threads,
            "-filter_complex", filterGraph,
            "-map", $"[{OutputLabel}]",
            "-r", fps.ToString(CultureInfo.InvariantCulture),
            "-frames:v", frames.ToString(CultureInfo.InvariantCulture),
            .. EncodeSettings.X264,
            .. EncodeSettings.Mp4,
            .. FfmpegArguments.Progress,
            FfmpegArguments.File(outputPath),
        ];
    }
}
