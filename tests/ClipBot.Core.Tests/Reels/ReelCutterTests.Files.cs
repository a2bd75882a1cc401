using ClipBot.Core.Cuts;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using Moq;

namespace ClipBot.Core.Tests.Reels;

public sealed partial class ReelCutterTests
{
    [Fact]
    public async Task CutAsync_PreviousCut_ItsFilesDeletedOnceTheNewOneIsSaved()
    {
        var previous = new ReelCut("cuts/old.mp4", "cuts/old-480.mp4", 12, [], TestTakes.Start, Final: false);
        var reel = await _harness.AddReelAsync(TestReels.Create() with { Cut = previous });
        var (full, delivery) = (WriteMedia(previous.File), WriteMedia(previous.DeliveryFile!));

        await CutAsync(reel);

        Assert.False(File.Exists(full), "The previous full cut is still there.");
        Assert.False(File.Exists(delivery), "The previous delivery cut is still there.");
    }

    [Fact]
    public async Task CutAsync_PreviousCut_TheNewFilesStay()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create() with { Cut = new ReelCut("cuts/old.mp4", null, 12, [], TestTakes.Start, Final: false) });
        var (full, delivery) = (WriteMedia($"cuts/{reel.Id}-Full-1.mp4"), WriteMedia($"cuts/{reel.Id}-Delivery-2.mp4"));

        await CutAsync(reel);

        Assert.True(File.Exists(full));
        Assert.True(File.Exists(delivery));
    }

    [Fact]
    public async Task CutAsync_PreviousCutFilesAlreadyGone_CutStillSaved()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create() with { Cut = new ReelCut("cuts/gone.mp4", "cuts/gone-480.mp4", 12, [], TestTakes.Start, Final: false) });

        var cut = await CutAsync(reel);

        Assert.True(cut.IsSuccess);
        Assert.Equal($"cuts/{reel.Id}-Full-1.mp4", _harness.Reels.Get(reel.Id).Cut?.File);
    }

    [Fact]
    public async Task CutAsync_AnotherNodeSavedACutDuringTheRender_ThatCutsFilesAreTheOnesDeleted()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var meanwhile = new ReelCut("cuts/meanwhile.mp4", null, 12, [], TestTakes.Start, Final: false);
        var file = WriteMedia(meanwhile.File);
        _renderer.Setup(r => r.RenderAsync(It.IsAny<CutRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((CutRequest request, CancellationToken _) =>
            {
                _harness.Reels.SaveElsewhere(reel.Id, r => r with { Cut = meanwhile });
                return Result<CutResult>.Success(new CutResult($"cuts/{request.Rendition}.mp4", RenderedSeconds, 1_000));
            });

        await CutAsync(reel);

        Assert.False(File.Exists(file));
        Assert.Equal("cuts/Full.mp4", _harness.Reels.Get(reel.Id).Cut?.File);
    }
}
