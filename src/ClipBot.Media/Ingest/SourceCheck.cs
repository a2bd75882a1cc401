using System.Globalization;
using ClipBot.Core.Results;

namespace ClipBot.Media.Ingest;

/// <summary>Decides, from the probe, whether a source is a usable video; the reasons are fit for chat.</summary>
internal static class SourceCheck
{
    /// <summary>The probe of a usable video, or why the source is refused.</summary>
    public static Result<ProbeInfo> Check(ProbeInfo? probe)
    {
        if (probe is null)
        {
            return Error.Invalid("That file is not a video ClipBot can read.");
        }

        if (probe.Video is null)
        {
            return Error.Invalid("That file has no video in it.");
        }

        // Image demuxers report a "video" stream for a single picture.
        if (probe.FormatName.EndsWith("_pipe", StringComparison.Ordinal) || probe.FormatName.StartsWith("image2", StringComparison.Ordinal))
        {
            return Error.Invalid("That is a still image, not a video.");
        }

        if (probe.Video.Width <= 0 || probe.Video.Height <= 0 || probe.DurationSeconds is not > 0)
        {
            return Error.Invalid("That file is not a video ClipBot can read.");
        }

        if (probe.DurationSeconds > IngestLimits.MaxSeconds)
        {
            return Error.Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"That video lasts {probe.DurationSeconds:0.#} s; a take can last at most {IngestLimits.MaxSeconds:0} s."));
        }

        return probe;
    }

    public static Error? CheckSize(long bytes) => bytes > IngestLimits.MaxBytes
        ? Error.Invalid(string.Create(
            CultureInfo.InvariantCulture,
            $"That file is {bytes / (1024.0 * 1024):0} MB; a take can be at most {IngestLimits.MaxMegabytes} MB."))
        : null;
}
