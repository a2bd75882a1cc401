using ClipBot.Core.Media;
using ClipBot.Core.Reels;
using ClipBot.Core.Songs;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Reels;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class TakeProcessorTests
{
    [Fact]
    public async Task ProcessAsync_ReelTake_IngestedToTheReelCanvasAndSlotLength()
    {
        var reel = SeedReel(TestReels.Create() with
        {
            Canvas = Canvas.For(AspectRatio.Portrait9x16, FitMode.Crop) with { Fps = 24 },
            Slots = [new Slot(1, 0, 4), new Slot(2, 4, 2.5)],
        });
        var take = SeedReelTake(reel, 2);

        await CreateProcessor().ProcessAsync(Lease(take), Owned, CancellationToken.None);

        _ingest.Verify(i => i.IngestAsync(
            take.Id, It.IsAny<string>(), It.Is<IngestProfile>(p => p.Canvas == reel.Canvas && p.SlotSeconds == 2.5), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ProcessAsync_TakeOfAFourMinuteSongReel_DeliveryBudgetLeavesRoomForTheSongsDeliveryAudio()
    {
        var reel = SeedReel(TestReels.Create() with { Song = new Song("songs/a.m4a", 240, "songs/a-64k.m4a") });
        var take = SeedReelTake(reel, 1);

        await CreateProcessor().ProcessAsync(Lease(take), Owned, CancellationToken.None);

        // (10 MiB × 8 × 0.95) ÷ 240 s − 64 kbit/s of audio = 268,049 bit/s.
        VerifyIngestedWith(take, new IngestProfile(reel.Canvas, TestReels.SlotSeconds, 268_049));
    }

    [Fact]
    public async Task ProcessAsync_TakeOfASilentReel_WholeBudgetGoesToThePicture()
    {
        var reel = SeedReel(TestReels.Create(slots: 15));
        var take = SeedReelTake(reel, 1);

        await CreateProcessor().ProcessAsync(Lease(take), Owned, CancellationToken.None);

        // 60 s of slots, no credits, no audio: (10 MiB × 8 × 0.95) ÷ 60 s.
        VerifyIngestedWith(take, new IngestProfile(reel.Canvas, TestReels.SlotSeconds, 1_328_196));
    }

    [Fact]
    public async Task ProcessAsync_ConfiguredCap_BudgetFollowsIt()
    {
        _reelOptions.DeliveryCapBytes = 25 * 1024 * 1024;
        var reel = SeedReel(TestReels.Create() with { Song = new Song("songs/a.m4a", 240) });
        var take = SeedReelTake(reel, 1);

        await CreateProcessor().ProcessAsync(Lease(take), Owned, CancellationToken.None);

        VerifyIngestedWith(take, new IngestProfile(reel.Canvas, TestReels.SlotSeconds, 766_122));
    }

    [Fact]
    public async Task ProcessAsync_SongTooLongForAUsableBudget_NoDeliveryRendition()
    {
        var reel = SeedReel(TestReels.Create() with { Song = new Song("songs/a.m4a", 900) });
        var take = SeedReelTake(reel, 1);

        await CreateProcessor().ProcessAsync(Lease(take), Owned, CancellationToken.None);

        VerifyIngestedWith(take, new IngestProfile(reel.Canvas, TestReels.SlotSeconds, null));
    }

    [Fact]
    public async Task ProcessAsync_ShortSong_BudgetCappedAtTwoMegabits()
    {
        var reel = SeedReel(TestReels.Create() with { Song = new Song("songs/a.m4a", 10) });
        var take = SeedReelTake(reel, 1);

        await CreateProcessor().ProcessAsync(Lease(take), Owned, CancellationToken.None);

        VerifyIngestedWith(take, new IngestProfile(reel.Canvas, TestReels.SlotSeconds, 2_000_000));
    }

    [Fact]
    public async Task ProcessAsync_ReelGone_IngestedLikeATakeOnItsOwn()
    {
        var take = SeedReelTake(TestReels.Create(), 1);
        take = take with { Parameters = take.Parameters with { Aspect = AspectRatio.Square1x1 } };
        _store.Seed(take);

        await CreateProcessor().ProcessAsync(Lease(take), Owned, CancellationToken.None);

        VerifyIngestedWith(take, new IngestProfile(Canvas.For(AspectRatio.Square1x1)));
    }

    [Fact]
    public async Task ProcessAsync_SlotNotInTheReel_IngestedLikeATakeOnItsOwn()
    {
        var reel = SeedReel(TestReels.Create(slots: 2));
        var take = SeedReelTake(reel, 3);

        await CreateProcessor().ProcessAsync(Lease(take), Owned, CancellationToken.None);

        VerifyIngestedWith(take, new IngestProfile(Canvas.For(take.Parameters.Aspect)));
    }

    [Fact]
    public async Task ProcessAsync_TakeOnItsOwn_NoReelIsLookedUp()
    {
        var take = Seed(TakeStatus.Queued);

        await CreateProcessor().ProcessAsync(Lease(take), Owned, CancellationToken.None);

        _reels.VerifyNoOtherCalls();
    }

    private Reel SeedReel(Reel reel)
    {
        _reels.Setup(r => r.GetAsync(reel.Id, It.IsAny<CancellationToken>())).ReturnsAsync(reel);
        return reel;
    }

    private Take SeedReelTake(Reel reel, int slot)
    {
        var take = TestReels.Take(reel, slot, TakeStatus.Queued);
        _store.Seed(take);
        return take;
    }

    private void VerifyIngestedWith(Take take, IngestProfile profile) =>
        _ingest.Verify(i => i.IngestAsync(take.Id, It.IsAny<string>(), profile, It.IsAny<CancellationToken>()), Times.Once);
}
