using ClipBot.Media.Local;
using ClipBot.Media.Local.Scenes;

namespace ClipBot.Media.Tests.Local;

public sealed class FxTests
{
    [Fact]
    public void Ramp_TwoStops_IsOneLinearSegmentPerChannel()
    {
        var ramp = Fx.Ramp(Rgb.FromHex(0x000000), Rgb.FromHex(0xFF8000));

        Assert.Equal("format=rgb24,lutrgb=r='0+(255)*(val-0)/255':g='0+(128)*(val-0)/255':b='0+(0)*(val-0)/255'", ramp);
    }

    [Fact]
    public void Ramp_ThreeStops_SplitsAtTheMiddle()
    {
        var ramp = Fx.Ramp(Rgb.FromHex(0x000000), Rgb.FromHex(0x646464), Rgb.FromHex(0xFFFFFF));

        Assert.Contains("r='if(lt(val,127.5),0+(100)*(val-0)/127.5,100+(155)*(val-127.5)/127.5)'", ramp, StringComparison.Ordinal);
    }

    [Fact]
    public void N_Fraction_UsesInvariantDotAndFourDecimals()
    {
        var text = Fx.N(-1.234567);

        Assert.Equal("-1.2346", text);
    }

    [Fact]
    public void ToFilter_Colour_IsHexWithoutHash()
    {
        var text = Rgb.FromHex(0x0A0B0C).ToFilter();

        Assert.Equal("0x0A0B0C", text);
    }
}
