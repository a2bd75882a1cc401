using ClipBot.Media.Local;

namespace ClipBot.Media.Tests.Local;

public sealed class SplitMix64Tests
{
    [Fact]
    public void NextUInt64_Seed1234567_MatchesTheReferenceSequence()
    {
        var random = new SplitMix64(1234567);

        var values = new[] { random.NextUInt64(), random.NextUInt64(), random.NextUInt64() };

        Assert.Equal([6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL], values);
    }

    [Fact]
    public void Next_ManyDraws_StayInRange()
    {
        var random = new SplitMix64(42);

        var values = Enumerable.Range(0, 10_000).Select(_ => random.Next(3, 7)).ToArray();

        Assert.All(values, v => Assert.InRange(v, 3, 6));
        Assert.Equal(4, values.Distinct().Count());
    }

    [Fact]
    public void NextDouble_ManyDraws_StayInUnitInterval()
    {
        var random = new SplitMix64(7);

        var values = Enumerable.Range(0, 10_000).Select(_ => random.NextDouble()).ToArray();

        Assert.All(values, v => Assert.InRange(v, 0.0, 0.9999999999));
    }
}
