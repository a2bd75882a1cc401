using System.Globalization;
using System.Text;

namespace ClipBot.Media.Arguments;

/// <summary>
/// Renders several crossfades in one ffmpeg run: one encoder for all of them, each starting on a forced
/// closed-GOP keyframe, and the segment muxer writing each to a file of its own (so each can be cached on
/// its own). Process start, probing and encoder set-up are paid once per batch instead of per crossfade.
/// </summary>
internal static class TransitionArguments
{
    public const string OutputLabel = "out";

    /// <param name="encode">The video output options (<see cref="CutEncodeArguments.Video"/>).</param>
    /// <param name="outputPattern">An absolute path with one <c>%04d</c>, numbered from 0 in the order of <paramref name="sources"/>.</param>
    public static IReadOnlyList<string> Build(
        IReadOnlyList<TransitionSource> sources, int fps, IReadOnlyList<string> encode, string? timescale, string outputPattern)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfZero(sources.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fps);
        ArgumentNullException.ThrowIfNull(encode);

        var arguments = new List<string>(FfmpegArguments.Prelude);
        foreach (var source in sources)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(source.LeftFromFrame, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(source.BlendFrames, 2);
            ArgumentOutOfRangeException.ThrowIfLessThan(source.RightFrames, source.BlendFrames - (source.BlendFrames / 2));

            // A decoder thread each: a few dozen frames gain nothing from more, and every thread holds frames.
            // -ss lands half a frame early so rounding cannot skip the first frame; -t only stops reading.
            arguments.AddRange(
            [
                "-threads", "1",
                "-ss", ConcatTime.BeforeFrame(source.LeftFromFrame, fps),
                "-t", ConcatTime.FrameSeconds(source.LeftFrames + 1, fps),
                "-i", FfmpegArguments.File(source.LeftPath),
                "-threads", "1",
                "-t", ConcatTime.FrameSeconds(source.RightFrames + 1, fps),
                "-i", FfmpegArguments.File(source.RightPath),
            ]);
        }

        var starts = new List<int>();
        var total = 0;
        foreach (var source in sources)
        {
            starts.Add(total);
            total += source.Frames;
        }

        arguments.AddRange(
        [
            "-filter_complex_threads", EncodeSettings.Threads,
            "-filter_complex", Graph(sources, fps),
            "-map", $"[{OutputLabel}]",
            "-frames:v", Number(total),
            .. encode,

            // At the frame's own time, not half a frame early: ffmpeg rounds these to the encoder's 1/fps time
            // base, and 2.183333 s (frame 65.5) came out as frame 65, a frame before the crossfade began.
            "-force_key_frames", string.Join(',', starts.Skip(1).Select(frame => ConcatTime.FrameSeconds(frame, fps)).DefaultIfEmpty("0")),
            "-map_metadata", "-1",
            "-fflags", "+bitexact",
            "-f", "segment",
            .. starts.Count > 1 ? (string[])["-segment_frames", string.Join(',', starts.Skip(1).Select(Number))] : [],
            "-reset_timestamps", "1",
            "-segment_format", "mp4",
            "-segment_format_options", timescale is null ? "movflags=+faststart" : $"movflags=+faststart:video_track_timescale={timescale}",
            FfmpegArguments.File(outputPattern),
        ]);
        return arguments;
    }

    /// <summary>
    /// Per crossfade: the left frames run on into a held last frame, the right take's first frame is held
    /// before it plays, and the left side fades out on top of the right over the blend length; then all are
    /// joined in order. The fade is an alpha ramp under overlay rather than xfade: the same blend at half
    /// the CPU (xfade took 10 ms a 720p frame here). Frames are renumbered in 1/fps, so both sides of every
    /// blend share one exact time base.
    /// </summary>
    public static string Graph(IReadOnlyList<TransitionSource> sources, int fps)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var graph = new StringBuilder();
        var rate = $"settb=1/{Number(fps)},setpts=N";
        for (var j = 0; j < sources.Count; j++)
        {
            var source = sources[j];
            var (left, right, n) = (Number(2 * j), Number((2 * j) + 1), Number(j));
            graph.Append($"[{left}:v]{rate},trim=end_frame={Number(source.LeftFrames)},")
                .Append($"tpad=stop_mode=clone:stop=-1,trim=end_frame={Number(source.BlendFrames)},")
                .Append($"format=yuva420p,fade=t=out:st=0:d={ConcatTime.FrameSeconds(source.BlendFrames, fps)}:alpha=1[a{n}];")
                .Append($"[{right}:v]{rate},trim=end_frame={Number(source.RightFrames)},")
                .Append($"tpad=start_mode=clone:start={Number(source.LeftFrames)}[b{n}];")

                // Once the faded side ends, the right take passes through alone.
                .Append($"[b{n}][a{n}]overlay=eof_action=pass:format=yuv420,setsar=1[x{n}];");
        }

        for (var j = 0; j < sources.Count; j++)
        {
            graph.Append($"[x{Number(j)}]");
        }

        return graph.Append($"concat=n={Number(sources.Count)}:v=1:a=0,{rate},format=yuv420p[{OutputLabel}]").ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
