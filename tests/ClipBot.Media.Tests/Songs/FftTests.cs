using System.Numerics;
using ClipBot.Media.Songs;

namespace ClipBot.Media.Tests.Songs;

public sealed class FftTests
{
    [Fact]
    public void Forward_CosineOnABin_AllEnergyInThatBinAndItsMirror()
    {
        var data = Enumerable.Range(0, 64).Select(i => new Complex(Math.Cos(2 * Math.PI * 5 * i / 64), 0)).ToArray();

        Fft.Forward(data);

        Assert.Equal(32, data[5].Magnitude, 9);
        Assert.Equal(32, data[59].Magnitude, 9);
        Assert.All(data.Where((_, bin) => bin is not 5 and not 59), value => Assert.Equal(0, value.Magnitude, 9));
    }

    [Fact]
    public void Forward_Impulse_FlatSpectrum()
    {
        var data = new Complex[16];
        data[0] = Complex.One;

        Fft.Forward(data);

        Assert.All(data, value => Assert.Equal(1, value.Magnitude, 12));
    }

    [Fact]
    public void Forward_MatchesTheDefinition()
    {
        var random = new Random(7);
        var data = Enumerable.Range(0, 32).Select(_ => new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5)).ToArray();
        var expected = Enumerable.Range(0, 32)
            .Select(k => data.Select((x, n) => x * Complex.FromPolarCoordinates(1, -2 * Math.PI * k * n / 32)).Aggregate(Complex.Add))
            .ToArray();

        Fft.Forward(data);

        Assert.All(data.Zip(expected), pair => Assert.Equal(0, (pair.First - pair.Second).Magnitude, 9));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(48)]
    public void Forward_NotAPowerOfTwo_Throws(int length)
    {
        var data = new Complex[length];

        var forward = () => Fft.Forward(data);

        Assert.Throws<ArgumentException>(forward);
    }
}
