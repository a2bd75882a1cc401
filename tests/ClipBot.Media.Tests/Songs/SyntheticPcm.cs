using ClipBot.Media.Songs;

namespace ClipBot.Media.Tests.Songs;

/// <summary>Samples made in memory at the detector's rate, for tests that need no ffmpeg at all.</summary>
internal static class SyntheticPcm
{
    public static float[] Silence(double seconds) => new float[(int)(seconds * OnsetEnvelope.SampleRate)];

    /// <summary>Decaying 1 kHz bursts every 60/BPM seconds from <paramref name="offset"/> on.</summary>
    public static float[] Clicks(double bpm, double seconds, double offset = 0)
    {
        var samples = Silence(seconds);
        var period = 60 / bpm;
        for (var click = offset; click < seconds; click += period)
        {
            var start = (int)Math.Round(click * OnsetEnvelope.SampleRate);
            for (var i = 0; i < 165 && start + i < samples.Length; i++)
            {
                var t = (double)i / OnsetEnvelope.SampleRate;
                samples[start + i] = (float)(0.8 * Math.Sin(2 * Math.PI * 1000 * t) * Math.Exp(-150 * t));
            }
        }

        return samples;
    }

    /// <summary>
    /// A drum pattern over four beats, one character per step ('x' plays): a 60 Hz kick, a snare of noise
    /// and a 190 Hz body, and a hi-hat of high-passed noise.
    /// </summary>
    public static float[] Drums(double bpm, double seconds, string kick, string snare, string hat)
    {
        var random = new Random(2);
        var samples = Silence(seconds);
        var step = 4 * 60 / bpm / kick.Length;
        var (previous, highPassed) = (0.0, 0.0);
        for (var i = 0; i < samples.Length; i++)
        {
            var t = (double)i / OnsetEnvelope.SampleRate;
            var index = (int)(t / step) % kick.Length;
            var since = t % step;
            var noise = (2 * random.NextDouble()) - 1;

            // A difference, then a leaky one: white noise tilted up by some 12 dB an octave, as a cymbal is.
            highPassed = noise - previous - (0.5 * highPassed);
            previous = noise;
            var value = 0.0;
            value += kick[index] == 'x' ? 0.9 * Math.Sin(2 * Math.PI * 60 * since) * Math.Exp(-30 * since) : 0;
            value += snare[index] == 'x' ? ((0.5 * noise) + (0.4 * Math.Sin(2 * Math.PI * 190 * since))) * Math.Exp(-28 * since) : 0;
            value += hat[index] == 'x' ? 0.2 * highPassed * Math.Exp(-100 * since) : 0;
            samples[i] = (float)value;
        }

        return samples;
    }

    public static float[][] Envelopes(float[] samples)
    {
        var envelope = new OnsetEnvelope();
        envelope.Add(samples);
        return envelope.ToArrays();
    }
}
