namespace ClipBot.Media.Local;

/// <summary>
/// The SplitMix64 generator (Steele, Lea and Flood, 2014). Written out here because System.Random's
/// sequence is not promised to stay the same across .NET versions, and a seed must keep its clip.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private const double UnitScale = 1.0 / (1UL << 53);

    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1) from the top 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * UnitScale;

    /// <summary>A double in [min, max).</summary>
    public double Range(double min, double max) => min + (NextDouble() * (max - min));

    /// <summary>An integer in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxExclusive, minInclusive);
        return minInclusive + (int)(NextDouble() * (maxExclusive - minInclusive));
    }

    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[Next(0, items.Count)];
    }
}
