namespace ClipBot.Media.Songs;

/// <summary>
/// Places beats on an onset envelope by dynamic programming (Ellis, 2007): each frame's best score is
/// its onset strength plus the best earlier beat's score, less a penalty for straying from the period.
/// The best chain is then read backwards from the end.
/// </summary>
internal static class BeatTracker
{
    // How strictly the spacing must follow the period; 100 lets a beat move a few percent to meet an onset.
    private const double Tightness = 100;

    // Beats at the ends weaker than this share of the typical beat are silence before or after the music.
    private const double TrimShare = 0.5;

    /// <summary>The beat frames, in order; empty when the envelope is flat.</summary>
    public static IReadOnlyList<int> Track(ReadOnlySpan<float> envelope, double period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2.0);
        var local = Normalize(envelope);
        if (local is null)
        {
            return [];
        }

        var (nearest, farthest) = ((int)Math.Round(period / 2), (int)Math.Round(period * 2));
        var penalty = new double[farthest + 1];
        for (var gap = nearest; gap <= farthest; gap++)
        {
            var stray = Math.Log(gap / period);
            penalty[gap] = Tightness * stray * stray;
        }

        var score = new double[local.Length];
        var previous = new int[local.Length];
        for (var frame = 0; frame < local.Length; frame++)
        {
            var (best, from) = (0.0, -1);
            for (var gap = nearest; gap <= Math.Min(farthest, frame); gap++)
            {
                var candidate = score[frame - gap] - penalty[gap];
                if (from < 0 || candidate > best)
                {
                    (best, from) = (candidate, frame - gap);
                }
            }

            // A chain that only loses points is not worth continuing: start a fresh one here instead.
            (score[frame], previous[frame]) = from >= 0 && best > 0 ? (local[frame] + best, from) : (local[frame], -1);
        }

        return Trim(Backtrack(score, previous, period), local);
    }

    /// <summary>The envelope over its standard deviation, so the tightness means the same for any song.</summary>
    private static double[]? Normalize(ReadOnlySpan<float> envelope)
    {
        var mean = 0.0;
        foreach (var value in envelope)
        {
            mean += value;
        }

        mean /= Math.Max(1, envelope.Length);
        var variance = 0.0;
        foreach (var value in envelope)
        {
            variance += (value - mean) * (value - mean);
        }

        var deviation = Math.Sqrt(variance / Math.Max(1, envelope.Length));
        if (deviation <= 1e-9)
        {
            return null;
        }

        var local = new double[envelope.Length];
        for (var i = 0; i < local.Length; i++)
        {
            local[i] = envelope[i] / deviation;
        }

        return local;
    }

    /// <summary>Follows the chain back from the best-scoring frame of the last period.</summary>
    private static List<int> Backtrack(double[] score, int[] previous, double period)
    {
        var last = score.Length - 1;
        for (var frame = Math.Max(0, score.Length - (int)Math.Ceiling(period)); frame < score.Length; frame++)
        {
            if (score[frame] > score[last])
            {
                last = frame;
            }
        }

        var beats = new List<int>();
        for (var frame = last; frame >= 0; frame = previous[frame])
        {
            beats.Add(frame);
        }

        beats.Reverse();
        return beats;
    }

    /// <summary>Drops leading and trailing beats that the chain placed over silence.</summary>
    private static List<int> Trim(List<int> beats, double[] local)
    {
        if (beats.Count == 0)
        {
            return beats;
        }

        var strengths = beats.Select(frame => Strength(local, frame)).ToArray();
        var threshold = TrimShare * Math.Sqrt(strengths.Average(strength => strength * strength));
        var first = Array.FindIndex(strengths, strength => strength >= threshold);
        var end = Array.FindLastIndex(strengths, strength => strength >= threshold);
        return first < 0 ? [] : beats.GetRange(first, end - first + 1);
    }

    /// <summary>The onset at a beat, allowing a frame either side for an attack split across two frames.</summary>
    private static double Strength(double[] local, int frame) =>
        Math.Max(local[frame], Math.Max(local[Math.Max(0, frame - 1)], local[Math.Min(local.Length - 1, frame + 1)]));
}
