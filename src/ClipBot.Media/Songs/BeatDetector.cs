using ClipBot.Core.Songs;

namespace ClipBot.Media.Songs;

/// <summary>From the onset envelopes to a beat grid: the tempo by autocorrelation, then the beats by dynamic programming.</summary>
internal static class BeatDetector
{
    /// <summary>
    /// Where in its window a frame's rise shows, in samples from the window's start. An attack raises the
    /// flux once it is well inside the tapered window, not as it enters: with the window's centre, beats
    /// on click tracks came 6–10 ms early, so the offset is set 11/16 of the way in (about 8.5 ms later).
    /// </summary>
    public const double AttackOffsetSamples = OnsetEnvelope.Window * 11 / 16.0;

    // Fewer beats than this are a fill or a fade, not a tempo.
    private const int MinimumBeats = 8;

    /// <summary>The grid, or null when the audio has no steady beat (a drone, speech, silence).</summary>
    public static BeatGrid? Detect(IReadOnlyList<float[]> registers)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var framesPerSecond = OnsetEnvelope.FramesPerSecond;
        if (TempoEstimator.Estimate(registers, framesPerSecond) is not { } tempo)
        {
            return null;
        }

        var period = tempo.Period;
        var envelope = Combine(registers, tempo.Weights);
        var frames = BeatTracker.Track(envelope, period);
        if (frames.Count < MinimumBeats)
        {
            return null;
        }

        var beats = frames.Select(frame => ToSeconds(Refine(envelope, frame))).ToArray();
        return new BeatGrid(Math.Round(60 / MeanInterval(beats, period / framesPerSecond), 2), beats);
    }

    /// <summary>
    /// One envelope for the tracker, each register scaled to unit spread and weighted by how well it pulses
    /// at the period: noise counts for nothing, and where a kick falls with the hi-hat, it outweighs the
    /// hi-hat alone between kicks.
    /// </summary>
    private static float[] Combine(IReadOnlyList<float[]> registers, IReadOnlyList<double> weights)
    {
        var combined = new float[registers[0].Length];
        for (var register = 0; register < registers.Count; register++)
        {
            var values = registers[register];
            var spread = Math.Sqrt(values.Average(value => (double)value * value));
            if (weights[register] <= 0 || spread <= 0)
            {
                continue;
            }

            var scale = weights[register] / spread;
            for (var frame = 0; frame < combined.Length; frame++)
            {
                combined[frame] += (float)(values[frame] * scale);
            }
        }

        return combined;
    }

    private static double ToSeconds(double frame) =>
        ((frame * OnsetEnvelope.Hop) + AttackOffsetSamples) / OnsetEnvelope.SampleRate;

    /// <summary>
    /// Moves a beat on an onset peak to the peak's vertex between frames; the tracker itself only knows
    /// whole frames of 11.6 ms.
    /// </summary>
    private static double Refine(float[] envelope, int frame)
    {
        if (frame < 1 || frame + 1 >= envelope.Length)
        {
            return frame;
        }

        var (left, centre, right) = ((double)envelope[frame - 1], (double)envelope[frame], (double)envelope[frame + 1]);
        var curvature = left - (2 * centre) + right;
        return centre >= left && centre >= right && curvature < 0
            ? frame + (0.5 * (left - right) / curvature)
            : frame;
    }

    /// <summary>
    /// The slope of a least-squares line through the beat times: the tempo over the whole song, far finer
    /// than one frame's worth of a single interval. Each beat is numbered by the estimated period, so a
    /// beat the tracker skipped in a break does not bend the line.
    /// </summary>
    private static double MeanInterval(double[] beats, double estimate)
    {
        // Counted gap by gap: numbering from the first beat would let a tiny error in the estimate add up.
        var numbers = new double[beats.Length];
        for (var i = 1; i < beats.Length; i++)
        {
            numbers[i] = numbers[i - 1] + Math.Max(1, Math.Round((beats[i] - beats[i - 1]) / estimate));
        }

        var (meanNumber, meanTime) = (numbers.Average(), beats.Average());
        var (covariance, variance) = (0.0, 0.0);
        for (var i = 0; i < beats.Length; i++)
        {
            covariance += (numbers[i] - meanNumber) * (beats[i] - meanTime);
            variance += (numbers[i] - meanNumber) * (numbers[i] - meanNumber);
        }

        return covariance / variance;
    }
}
