using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;

namespace ClipBot.Core.Tests.Reels;

public sealed class ReelUpdaterTests
{
    private readonly ReelHarness _harness = new();

    [Fact]
    public async Task UpdateAsync_NobodyElseSaves_SavedOnceOneVersionUp()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());

        var updated = await _harness.Updater.UpdateAsync(reel.Id, r => r with { Name = "Day Drive" }, CancellationToken.None);

        Assert.Equal(("Day Drive", 2L), (updated.Value?.Name, updated.Value?.Version));
        Assert.Equal(1, _harness.Reels.Saves);
    }

    [Fact]
    public async Task UpdateAsync_AnotherSaveInBetween_ReadsAgainAndKeepsBothChanges()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var attempts = 0;

        var updated = await _harness.Updater.UpdateAsync(
            reel.Id,
            r =>
            {
                if (attempts++ == 0)
                {
                    _harness.Reels.SaveElsewhere(reel.Id, other => other with { Name = "Day Drive" });
                }

                return r with { Phase = ReelPhase.Voting };
            },
            CancellationToken.None);

        Assert.Equal(2, attempts);
        Assert.Equal(("Day Drive", ReelPhase.Voting, 3L), (updated.Value?.Name, updated.Value?.Phase, updated.Value?.Version));
        Assert.Equal(updated.Value, _harness.Reels.Get(reel.Id));
    }

    [Fact]
    public async Task UpdateAsync_SomebodyAlwaysSavesFirst_GivesUpWithATransientError()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var attempts = 0;

        var updated = await _harness.Updater.UpdateAsync(
            reel.Id,
            r =>
            {
                attempts++;
                _harness.Reels.SaveElsewhere(reel.Id, other => other);
                return r with { Phase = ReelPhase.Voting };
            },
            CancellationToken.None);

        Assert.Equal(ErrorKind.Transient, updated.Error?.Kind);
        Assert.Equal(10, attempts);
        Assert.Equal(ReelPhase.Open, _harness.Reels.Get(reel.Id).Phase);
    }

    [Fact]
    public async Task UpdateAsync_ChangeRefuses_RefusalReturnedAndNothingSaved()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());
        var refusal = Error.Invalid("no");

        var updated = await _harness.Updater.UpdateAsync(reel.Id, _ => refusal, CancellationToken.None);

        Assert.Same(refusal, updated.Error);
        Assert.Equal(0, _harness.Reels.Saves);
    }

    [Fact]
    public async Task UpdateAsync_UnknownReel_NotFoundNamingIt()
    {
        var id = ReelId.New();

        var updated = await _harness.Updater.UpdateAsync(id, r => r, CancellationToken.None);

        Assert.Equal(new Error(ErrorKind.NotFound, $"There is no reel {id}."), updated.Error);
    }

    [Fact]
    public async Task UnlinkAsync_LinkedChannel_LeavesItsReelWithTheOtherChannelsKept()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create() with { Channels = [TestReels.Channel, ChannelRef.Studio] });

        await _harness.Updater.UnlinkAsync(TestReels.Channel, CancellationToken.None);

        Assert.Equal([ChannelRef.Studio], _harness.Reels.Get(reel.Id).Channels);
        Assert.Null(await _harness.Reels.FindByChannelAsync(TestReels.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task UnlinkAsync_ChannelWithoutReel_SavesNothing()
    {
        await _harness.AddReelAsync(TestReels.Create(channel: ChannelRef.Studio));

        await _harness.Updater.UnlinkAsync(TestReels.Channel, CancellationToken.None);

        Assert.Equal(0, _harness.Reels.Saves);
    }
}
