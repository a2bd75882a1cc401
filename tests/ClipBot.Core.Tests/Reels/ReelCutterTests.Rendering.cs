using ClipBot.Core.Chat;
using ClipBot.Core.Cuts;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Songs;
using Moq;

namespace ClipBot.Core.Tests.Reels;

public sealed partial class ReelCutterTests
{
    [Fact]
    public async Task CutAsync_UnknownReel_NotFoundAndNothingRendered()
    {
        var id = ReelId.New();

        var cut = await CreateCutter().CutAsync(id, post: true, CancellationToken.None);

        Assert.Equal(new Error(ErrorKind.NotFound, $"There is no reel {id}."), cut.Error);
        _renderer.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task CutAsync_LeadersAndEmptySlots_EachSlotsLeaderOrACardWithItsBrief()
    {
        var reel = TestReels.Create(slots: 3);
        reel = await _harness.AddReelAsync(reel with { Slots = [reel.Slots[0], reel.Slots[1] with { Brief = "a car" }, reel.Slots[2]] });
        var (runnerUp, leader, third) = (await AddTakeAsync(reel, 1), await AddTakeAsync(reel, 1), await AddTakeAsync(reel, 3));
        await _harness.VoteAsync(leader, 2);
        await _harness.VoteAsync(runnerUp, 1);

        await CutAsync(reel);

        Assert.Equal(
            [ShotOf(leader, reel.Slots[0]), CutShot.Card("card-2", 4, "Shot 2", "a car"), ShotOf(third, reel.Slots[2])],
            _requests[0].Shots);
    }

    [Fact]
    public async Task CutAsync_RecutWithTheCurrentCutsWinners_RendersNothing()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 2, phase: ReelPhase.Voting));
        var leader = await AddTakeAsync(reel, 1);
        await CutAsync(reel);
        var rendered = _requests.Count;
        await _harness.VoteAsync(leader, 1);

        var again = await CutAsync(reel);

        Assert.True(again.IsSuccess);
        Assert.Equal(rendered, _requests.Count);
    }

    [Fact]
    public async Task CutAsync_RecutAfterTheWinnerChanged_RendersTheNewWinner()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 2, phase: ReelPhase.Voting));
        await AddTakeAsync(reel, 1);
        await CutAsync(reel);
        var challenger = await AddTakeAsync(reel, 1);
        await _harness.VoteAsync(challenger, 1);
        _requests.Clear();

        await CutAsync(reel);

        Assert.Equal(ShotOf(challenger, reel.Slots[0]), _requests[0].Shots[0]);
    }

    [Fact]
    public async Task CutAsync_PostedCutWithTheCurrentWinners_RendersAnyway()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 2, phase: ReelPhase.Voting));
        await AddTakeAsync(reel, 1);
        await CutAsync(reel);
        _requests.Clear();

        await CutAsync(reel, post: true);

        Assert.NotEmpty(_requests);
    }

    [Fact]
    public async Task CutAsync_Always_FullRenditionOfTheReelsSongCanvasCrossfadeAndCredits()
    {
        var song = new Song("songs/a.m4a", 17, "songs/a-64k.m4a");
        var reel = await _harness.AddReelAsync(TestReels.Create() with { Song = song, TransitionSeconds = 0.5, CreditsSeconds = 5 });

        await CutAsync(reel);

        var request = _requests[0];
        Assert.Equal(
            (reel.Id.Value, song, reel.Canvas, CutRendition.Full, 0.5, 5.0),
            (request.CutId, request.Song, request.Canvas, request.Rendition, request.TransitionSeconds, request.CreditsSeconds));
    }

    [Fact]
    public async Task CutAsync_EveryLeaderHasADeliveryRendition_DeliveryCutToo()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 2));
        await AddTakeAsync(reel, 1);

        var cut = await CutAsync(reel);

        Assert.Equal([CutRendition.Full, CutRendition.Delivery], _requests.Select(r => r.Rendition));
        Assert.Equal(_requests[0].Shots, _requests[1].Shots);
        Assert.Equal($"cuts/{reel.Id}-Delivery-2.mp4", cut.Value?.Cut?.DeliveryFile);
    }

    [Fact]
    public async Task CutAsync_ALeaderWithoutDeliveryRendition_FullCutOnly()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 2));
        await AddTakeAsync(reel, 1);
        await AddTakeAsync(reel, 2, delivery: false);

        var cut = await CutAsync(reel);

        Assert.Equal([CutRendition.Full], _requests.Select(r => r.Rendition));
        Assert.Null(cut.Value?.Cut?.DeliveryFile);
    }

    [Fact]
    public async Task CutAsync_OnlyCards_DeliveryCutToo()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 2));

        await CutAsync(reel);

        Assert.Equal([CutRendition.Full, CutRendition.Delivery], _requests.Select(r => r.Rendition));
    }

    [Fact]
    public async Task CutAsync_DeliveryRenderFails_CutSavedWithoutIt()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        _renderer.Setup(r => r.RenderAsync(It.Is<CutRequest>(q => q.Rendition == CutRendition.Delivery), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Error.Invalid("Too big for the cap."));

        var cut = await CutAsync(reel);

        Assert.True(cut.IsSuccess);
        Assert.Null(_harness.Reels.Get(reel.Id).Cut?.DeliveryFile);
        Assert.NotNull(_harness.Reels.Get(reel.Id).Cut?.File);
    }

    [Fact]
    public async Task CutAsync_Rendered_SavedAsTheReelsCutWithTheWinnersInSlotOrder()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 3));
        var (first, third) = (await AddTakeAsync(reel, 1), await AddTakeAsync(reel, 3));
        _harness.Time.Advance(TimeSpan.FromMinutes(5));

        var cut = await CutAsync(reel);

        var stored = _harness.Reels.Get(reel.Id);
        Assert.Equal(stored, cut.Value);
        Assert.Equal(2, stored.Version);
        var saved = stored.Cut!;
        Assert.Equal(
            ($"cuts/{reel.Id}-Full-1.mp4", $"cuts/{reel.Id}-Delivery-2.mp4", RenderedSeconds, TestTakes.Start.AddMinutes(5), false),
            (saved.File, saved.DeliveryFile, saved.DurationSeconds, saved.RenderedAt, saved.Final));
        Assert.Equal([first.Id, null, third.Id], saved.Winners);
    }

    [Theory]
    [InlineData(ReelPhase.Open, false)]
    [InlineData(ReelPhase.Voting, false)]
    [InlineData(ReelPhase.Locked, true)]
    public async Task CutAsync_EachPhase_FinalOnlyWhenLocked(ReelPhase phase, bool final)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: phase));

        await CutAsync(reel);

        Assert.Equal(final, _harness.Reels.Get(reel.Id).Cut?.Final);
    }

    [Theory]
    [InlineData(ReelPhase.Open, false)]
    [InlineData(ReelPhase.Voting, false)]
    [InlineData(ReelPhase.Locked, true)]
    public async Task CutAsync_EachPhase_EveryFrameVerifiedOnlyForTheFinalCut(ReelPhase phase, bool verify)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(phase: phase));

        await CutAsync(reel);

        Assert.All(_requests, r => Assert.Equal(verify, r.VerifyEveryFrame));
    }

    [Fact]
    public async Task CutAsync_FullRenderFails_ErrorReturnedAndNothingSavedOrPosted()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var failure = new Error(ErrorKind.Transient, "ffmpeg timed out");
        _renderer.Setup(r => r.RenderAsync(It.IsAny<CutRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(failure);

        var cut = await CutAsync(reel, post: true);

        Assert.Same(failure, cut.Error);
        Assert.Equal(0, _harness.Reels.Saves);
        _renderer.Verify(r => r.RenderAsync(It.IsAny<CutRequest>(), It.IsAny<CancellationToken>()), Times.Once);
        _discord.Verify(n => n.PostCutAsync(It.IsAny<Reel>(), It.IsAny<ChannelRef>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
