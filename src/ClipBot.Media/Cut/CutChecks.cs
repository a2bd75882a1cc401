using System.Globalization;
using System.Text.Json;
using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;

namespace ClipBot.Media.Cut;

/// <summary>
/// Checks a rendered cut before anyone sees it: its length against the timeline and the song, its index
/// (every frame there, every timestamp on the frame grid, every piece starting on a keyframe) and a decode.
/// </summary>
internal sealed class CutChecks(FfmpegRunner runner)
{
    // ffprobe prints durations to the microsecond; this absorbs that rounding, not a frame.
    private const double Slack = 0.001;

    /// <summary>What is wrong with the cut, for the log; null when it is good.</summary>
    public async Task<string?> FindProblemAsync(
        string cutPath, CutPlan plan, int fps, double? songSeconds, CutTuning tuning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tuning);

        var probe = await runner.RunFfprobeAsync(ProbeArguments.Build(cutPath), cancellationToken);
        if (probe.ExitCode != 0 || ReadDuration(probe.Json) is not { } duration)
        {
            return $"ffprobe cannot read it: {probe.StderrTail}";
        }

        var frame = 1.0 / fps;
        var timeline = (double)plan.TimelineFrames / fps;
        if (Math.Abs(duration - timeline) > frame + Slack)
        {
            return Say($"it lasts {duration:0.######} s, but its timeline {timeline:0.######} s");
        }

        if (songSeconds is { } song && Math.Abs(duration - song) > frame + Slack)
        {
            return Say($"it lasts {duration:0.######} s, but the song {song:0.######} s");
        }

        if (IndexProblem(Mp4TrackReader.ReadVideo(cutPath), plan, fps) is { } indexProblem)
        {
            return indexProblem;
        }

        return tuning.DecodeCheck == CutDecodeCheck.Everything
            ? DecodeProblem(await runner.RunFfprobeAsync(CutCheckArguments.Everything(cutPath), cancellationToken), null)
            : await SeamProblemAsync(cutPath, plan, fps, tuning.SeamFrames, cancellationToken);
    }

    private static string? IndexProblem(Mp4VideoTrack? track, CutPlan plan, int fps)
    {
        if (track is null || track.Timescale % fps != 0)
        {
            return "its video track is missing or not on a whole-frame time base";
        }

        if (track.SampleCount != plan.ExpectedSamples)
        {
            return Say($"it has {track.SampleCount} frames, but the plan {plan.ExpectedSamples}");
        }

        // A held frame of a take that came out a frame short is whole frames long; a clash of timestamps is not.
        var tick = track.Timescale / (uint)fps;
        var counted = 0L;
        foreach (var (count, delta) in track.SampleDeltas)
        {
            counted += count;
            if (delta % tick != 0 && counted < track.SampleCount)
            {
                return Say($"a frame lasts {delta} ticks of 1/{track.Timescale} s, off the {tick}-tick frame grid");
            }
        }

        var sample = 0;
        foreach (var piece in plan.Pieces)
        {
            if (!track.IsKeyframe(sample))
            {
                return Say($"the {piece.Kind} piece at frame {piece.TimelineFrame} does not start on a keyframe");
            }

            sample += piece.FramesInFile;
        }

        return null;
    }

    private async Task<string?> SeamProblemAsync(string cutPath, CutPlan plan, int fps, int seamFrames, CancellationToken cancellationToken)
    {
        var pieces = plan.Pieces.Where(piece => piece.FramesInFile > 0).ToList();
        var seams = pieces.Select(piece => ConcatTime.Micros(piece.TimelineFrame, fps));
        var output = await runner.RunFfprobeAsync(CutCheckArguments.Seams(cutPath, seams, seamFrames), cancellationToken);
        return DecodeProblem(output, [.. pieces.Select(piece => Math.Min(seamFrames, piece.FramesInFile))]);
    }

    /// <param name="seams">Frames expected per seam, each run starting on a keyframe; null to count nothing.</param>
    private static string? DecodeProblem(ProbeOutput output, int[]? seams)
    {
        if (output.ExitCode != 0 || output.StderrTail.Length > 0)
        {
            return $"decoding it reported: {output.StderrTail} (exit code {output.ExitCode})";
        }

        if (seams is null)
        {
            return null;
        }

        // One "key_frame" value per frame; ffprobe may add an empty field (a trailing comma) and blank lines.
        var lines = output.Json.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.TrimEnd(','))
            .ToArray();
        if (lines.Length != seams.Sum())
        {
            return Say($"decoding the seams gave {lines.Length} frames, not {seams.Sum()}");
        }

        var first = 0;
        for (var i = 0; i < seams.Length; i++)
        {
            if (lines[first] != "1")
            {
                return Say($"seam {i + 1} does not decode from a keyframe");
            }

            first += seams[i];
        }

        return null;
    }

    private static double? ReadDuration(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("format", out var format)
                && format.TryGetProperty("duration", out var value)
                && value.ValueKind == JsonValueKind.String
                && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                ? seconds
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
