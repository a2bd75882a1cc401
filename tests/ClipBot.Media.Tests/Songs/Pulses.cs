namespace ClipBot.Media.Tests.Songs;

/// <summary>Onset envelopes drawn by hand: a spike, as tall as a click's, wherever a beat should be found.</summary>
internal static class Pulses
{
    public static float[] Every(double period, int frames, double first = 0, float strength = 10, int until = int.MaxValue)
    {
        var envelope = new float[frames];
        for (var frame = first; frame < Math.Min(frames, until); frame += period)
        {
            envelope[(int)Math.Round(frame)] = strength;
        }

        return envelope;
    }

    public static int[] Frames(float[] envelope) =>
        Enumerable.Range(0, envelope.Length).Where(frame => envelope[frame] > 0).ToArray();

    /// <summary>Flux-like noise: positive, spread over several nats, with no period in it.</summary>
    public static float[] Noise(int frames, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, frames).Select(_ => (float)(random.NextDouble() * 4))];
    }
}
