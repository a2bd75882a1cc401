using ClipBot.Media.Cut;

namespace ClipBot.Media.Tests.Cut;

public sealed class X264OptionsTests
{
    private const string Crf =
        "cabac=1 ref=1 deblock=1:0:0 analyse=0x3:0x113 me=hex subme=2 psy=1 psy_rd=1.00:0.00 stitchable=1 bframes=0 weightp=1 keyint=15 rc=crf mbtree=1 crf=20.0 qcomp=0.60";

    private const string Abr =
        "cabac=1 ref=1 stitchable=1 bframes=0 rc=abr mbtree=1 bitrate=234 ratetol=1.0 vbv_maxrate=260 vbv_bufsize=130 nal_hrd=none";

    [Fact]
    public void RateControl_Mezzanine_UsesItsCrf()
    {
        var options = X264Options.Parse(Crf);

        var arguments = options.RateControl("23");

        Assert.Equal(["-crf", "20.0"], arguments);
    }

    [Fact]
    public void RateControl_DeliveryRendition_UsesItsAverageAndPeakRates()
    {
        var options = X264Options.Parse(Abr);

        var arguments = options.RateControl("23");

        Assert.Equal(["-b:v", "234k", "-maxrate", "260k", "-bufsize", "130k"], arguments);
    }

    [Fact]
    public void RateControl_NothingKnown_FallsBackToTheGivenCrf()
    {
        var options = X264Options.Parse("cabac=1 rc=unknown");

        var arguments = options.RateControl("23");

        Assert.Equal(["-crf", "23"], arguments);
    }

    [Fact]
    public async Task Read_FileWithoutX264Stream_ReturnsNull()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "not a video");

        var options = X264Options.Read(path);

        File.Delete(path);
        Assert.Null(options);
    }
}
