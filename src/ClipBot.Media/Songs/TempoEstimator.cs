namespace ClipBot.Media.Songs;

/// <summary>
/// Estimates the beat period by autocorrelation of the onset envelopes over 60–200 BPM. Each register's
/// autocorrelation is normalized before they are summed, so a quiet kick votes as much as loud cymbals;
/// a gentle preference for tempos near 120 and a check for the octave error pick among the peaks.
/// </summary>
internal static class TempoEstimator
{
    public const double SlowestBpm = 60;
    public const double FastestBpm = 200;

    private const double PreferredBpm = 120;

    // One octave: wide enough that the weight only breaks ties between a tempo and its double or half.
    private const double PreferenceOctaves = 1;

    // A pulse correlates as well at twice its period as at its period, so the preference may pick the
    // half-time reading. When the half lag is nearly as strong, every pulse is alike, and the faster is the
    // beat; a kick with hi-hats between falls short, as the kick's register does not pulse at the half lag.
    private const double DoublingRatio = 0.7;

    // Below this share of a perfect pulse, the registers are no more alike at the best lag than noise is.
    private const double MinimumCorrelation = 0.1;

    // A register whose flux spreads less than this (in nats of energy rise) has no attacks, only the
    // flicker of a steady sound, and its vote shrinks in proportion: that flicker can look periodic.
    private const double FullVoteSpread = 1;

    /// <summary>The beat period and the registers' weights, or null when the envelopes have no steady pulse.</summary>
    public static TempoEstimate? Estimate(IReadOnlyList<float[]> registers, double framesPerSecond)
    {
        var shortest = (int)Math.Floor(60 * framesPerSecond / FastestBpm);
        var longest = (int)Math.Ceiling(60 * framesPerSecond / SlowestBpm);
        var correlations = registers
            .Select(register => register.Length < longest * 4 ? null : Autocorrelate(register, longest + 2))
            .ToArray();
        if (correlations.All(correlation => correlation is null))
        {
            return null;
        }

        // Averaged over every register, so one that has no attacks counts as a vote for no tempo at all.
        var votes = registers.Select(Vote).ToArray();
        var summed = new double[longest + 2];
        for (var register = 0; register < registers.Count; register++)
        {
            if (correlations[register] is not { } correlation)
            {
                continue;
            }

            for (var lag = 0; lag < summed.Length; lag++)
            {
                summed[lag] += votes[register] * correlation[lag] / registers.Count;
            }
        }

        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var lag = Math.Max(shortest, 1); lag <= longest; lag++)
        {
            var score = summed[lag] * Preference(60 * framesPerSecond / lag);
            if (IsPeak(summed, lag) && score > bestScore)
            {
                (best, bestScore) = (lag, score);
            }
        }

        if (best < 0 || summed[best] < MinimumCorrelation)
        {
            return null;
        }

        var half = StrongestNear(summed, best / 2.0);
        if (half >= shortest && summed[half] >= DoublingRatio * summed[best])
        {
            best = half;
        }

        var weights = correlations
            .Select((correlation, register) => correlation is null ? 0 : votes[register] * Math.Max(0, correlation[best]))
            .ToArray();
        return new TempoEstimate(Refine(summed, best), weights);
    }

    /// <summary>
    /// The autocorrelation of the smoothed envelope around its mean for lags 0 to count − 1, over its value
    /// at lag 0; null for a register with nothing in it.
    /// </summary>
    private static double[]? Autocorrelate(float[] envelope, int count)
    {
        var smoothed = Smooth(envelope);
        var mean = smoothed.Average();
        var centred = smoothed.Select(value => value - mean).ToArray();
        var correlation = new double[count];
        for (var lag = 0; lag < count; lag++)
        {
            var sum = 0.0;
            for (var i = lag; i < centred.Length; i++)
            {
                sum += centred[i] * centred[i - lag];
            }

            correlation[lag] = sum;
        }

        if (correlation[0] <= 1e-9)
        {
            return null;
        }

        // Dividing by the energy at lag 0 keeps the slight bias for short lags that a finite envelope gives.
        var energy = correlation[0];
        for (var lag = 0; lag < count; lag++)
        {
            correlation[lag] /= energy;
        }

        return correlation;
    }

    /// <summary>
    /// Spreads each onset over five frames. A beat period is rarely a whole number of frames, so sharp
    /// onsets fall 40 and 41 frames apart by turns, and the autocorrelation at one whole lag would miss
    /// half of them; over a long song that made the half-time lag look the stronger.
    /// </summary>
    private static double[] Smooth(float[] envelope)
    {
        ReadOnlySpan<double> kernel = [1 / 9.0, 2 / 9.0, 3 / 9.0, 2 / 9.0, 1 / 9.0];
        var smoothed = new double[envelope.Length];
        for (var frame = 0; frame < envelope.Length; frame++)
        {
            for (var k = 0; k < kernel.Length; k++)
            {
                var source = frame + k - (kernel.Length / 2);
                if (source >= 0 && source < envelope.Length)
                {
                    smoothed[frame] += kernel[k] * envelope[source];
                }
            }
        }

        return smoothed;
    }

    private static double Vote(float[] envelope)
    {
        var mean = envelope.Average();
        var spread = Math.Sqrt(envelope.Average(value => (value - mean) * (value - mean)));
        return Math.Min(1, spread / FullVoteSpread);
    }

    private static double Preference(double bpm)
    {
        var octaves = Math.Log2(bpm / PreferredBpm) / PreferenceOctaves;
        return Math.Exp(-0.5 * octaves * octaves);
    }

    private static bool IsPeak(double[] correlation, int lag) =>
        lag + 1 < correlation.Length && correlation[lag] >= correlation[lag - 1] && correlation[lag] >= correlation[lag + 1];

    private static int StrongestNear(double[] correlation, double lag)
    {
        var centre = (int)Math.Round(lag);
        var best = centre;
        for (var candidate = centre - 1; candidate <= centre + 1; candidate++)
        {
            if (candidate > 0 && candidate < correlation.Length && correlation[candidate] > correlation[best])
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>Places the peak between frames with a parabola through it and its neighbours.</summary>
    private static double Refine(double[] correlation, int lag)
    {
        var (left, centre, right) = (correlation[lag - 1], correlation[lag], correlation[lag + 1]);
        var curvature = left - (2 * centre) + right;
        return curvature < 0 ? lag + (0.5 * (left - right) / curvature) : lag;
    }
}
