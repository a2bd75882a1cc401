using System.Globalization;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Takes;

public sealed class AspectRatioExtensionsTests
{
    public static TheoryData<AspectRatio> AllAspects => [.. Enum.GetValues<AspectRatio>()];

    [Theory]
    [InlineData(AspectRatio.Landscape16x9, "16:9")]
    [InlineData(AspectRatio.Portrait9x16, "9:16")]
    [InlineData(AspectRatio.Square1x1, "1:1")]
    [InlineData(AspectRatio.Portrait4x5, "4:5")]
    public void ToWire_EachAspect_GivesItsRatio(AspectRatio aspect, string expected)
    {
        var wire = aspect.ToWire();

        Assert.Equal(expected, wire);
    }

    [Theory]
    [MemberData(nameof(AllAspects))]
    public void TryParseWire_WireName_RoundTrips(AspectRatio aspect)
    {
        var parsed = AspectRatioExtensions.TryParseWire(aspect.ToWire(), out var back);

        Assert.True(parsed);
        Assert.Equal(aspect, back);
    }

    [Theory]
    [InlineData("4:3")]
    [InlineData("16x9")]
    [InlineData(" 16:9")]
    [InlineData("")]
    [InlineData("Landscape16x9")]
    public void TryParseWire_UnknownName_Refused(string text)
    {
        var parsed = AspectRatioExtensions.TryParseWire(text, out _);

        Assert.False(parsed);
    }

    [Theory]
    [MemberData(nameof(AllAspects))]
    public void Canvas_EachAspect_EvenSidesMatchingTheRatio(AspectRatio aspect)
    {
        var parts = aspect.ToWire().Split(':').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();

        var (width, height) = aspect.Canvas();

        Assert.Equal(0, width % 2);
        Assert.Equal(0, height % 2);
        Assert.Equal(width * parts[1], height * parts[0]);
        Assert.Equal(720, Math.Min(width, height));
    }

    [Fact]
    public void WireNames_Always_ListsEveryAspectOnce()
    {
        var names = AspectRatioExtensions.WireNames;

        Assert.Equal(["16:9", "9:16", "1:1", "4:5"], names);
    }

    [Fact]
    public void ToWire_UndefinedValue_Throws()
    {
        var undefined = (AspectRatio)99;

        var exception = Record.Exception(() => undefined.ToWire());

        Assert.IsType<ArgumentOutOfRangeException>(exception);
    }
}
