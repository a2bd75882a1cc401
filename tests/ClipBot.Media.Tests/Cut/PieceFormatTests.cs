using ClipBot.Core.Cuts;
using ClipBot.Core.Media;
using ClipBot.Media.Cut;
using static ClipBot.Media.Tests.Arguments.ArgumentList;

namespace ClipBot.Media.Tests.Cut;

public sealed class PieceFormatTests
{
    [Fact]
    public void ForRendition_Full_IsAMezzanineOfTheCanvasWithNoHeaderYet()
    {
        var format = PieceFormat.ForRendition(Canvas.Default, CutRendition.Full);

        Assert.Equal((1280, 720, 30), (format.Width, format.Height, format.Fps));
        Assert.Equal("20", After(format.Video, "-crf"));
        Assert.Equal("15360", format.Timescale);
        Assert.Null(format.AvcConfiguration);
    }

    [Fact]
    public void ForRendition_Delivery_IsTheDefaultDeliveryHeightAtTheLowestChatRate()
    {
        var format = PieceFormat.ForRendition(Canvas.Default, CutRendition.Delivery);

        Assert.Equal((854, 480), (format.Width, format.Height));
        Assert.Equal(("90000", "100000", "50000"), (After(format.Video, "-b:v"), After(format.Video, "-maxrate"), After(format.Video, "-bufsize")));
        Assert.DoesNotContain("-crf", format.Video);
    }

    [Fact]
    public void ForRendition_DeliveryOfASmallCanvas_IsNeverLargerThanTheCanvas()
    {
        var format = PieceFormat.ForRendition(new Canvas(320, 180, 30), CutRendition.Delivery);

        Assert.Equal((320, 180), (format.Width, format.Height));
    }

    [Fact]
    public void ForRendition_TwoRenditionsOrSizes_HaveTheirOwnFingerprints()
    {
        string[] fingerprints =
        [
            PieceFormat.ForRendition(Canvas.Default, CutRendition.Full).Fingerprint,
            PieceFormat.ForRendition(Canvas.Default, CutRendition.Delivery).Fingerprint,
            PieceFormat.ForRendition(Canvas.Default with { Width = 1920, Height = 1080 }, CutRendition.Full).Fingerprint,
        ];

        Assert.Equal(3, fingerprints.Distinct().Count());
        Assert.Equal(fingerprints[0], PieceFormat.ForRendition(Canvas.Default, CutRendition.Full).Fingerprint);
    }

    [Fact]
    public void Mismatch_NoHeaderYet_AcceptsAnyHeaderButStillCountsFrames()
    {
        var format = PieceFormat.ForRendition(Canvas.Default, CutRendition.Full);
        var piece = new Mp4VideoTrack("avc1", 1280, 720, 15360, 30, [(30u, 512u)], [0, 15], [1, 2, 3]);

        Assert.Null(format.Mismatch(piece, 30));
        Assert.Contains("expected 31", format.Mismatch(piece, 31), StringComparison.Ordinal);
        Assert.Contains("stream header", (format with { AvcConfiguration = [9] }).Mismatch(piece, 30), StringComparison.Ordinal);
    }
}
