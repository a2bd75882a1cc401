using ClipBot.Core.Cuts;
using ClipBot.Media.Cut;

namespace ClipBot.Media.Tests.Cut;

public sealed class CutTuningTests
{
    [Fact]
    public void For_RequestVerifyingEveryFrame_DecodesEverything()
    {
        var request = new CutRequest("final", [], null, CutMedia.Canvas, CutRendition.Full) { VerifyEveryFrame = true };

        var tuning = CutTuning.Default.For(request);

        Assert.Equal(CutDecodeCheck.Everything, tuning.DecodeCheck);
        Assert.Equal(CutTuning.Default.TransitionsPerRun, tuning.TransitionsPerRun);
    }

    [Fact]
    public void For_OrdinaryRequest_KeepsTheSeamCheck()
    {
        var request = new CutRequest("recut", [], null, CutMedia.Canvas, CutRendition.Full);

        var tuning = CutTuning.Default.For(request);

        Assert.Equal(CutDecodeCheck.Seams, tuning.DecodeCheck);
    }
}
