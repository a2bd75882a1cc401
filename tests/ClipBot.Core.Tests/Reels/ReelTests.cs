using ClipBot.Core.Reels;
using ClipBot.Core.Songs;

namespace ClipBot.Core.Tests.Reels;

public sealed class ReelTests
{
    [Fact]
    public void DurationSeconds_SilentReel_SlotsThenCredits()
    {
        var reel = TestReels.Create(slots: 3) with { CreditsSeconds = 5 };

        var seconds = reel.DurationSeconds;

        Assert.Equal(17, seconds);
    }

    [Fact]
    public void DurationSeconds_SongReel_TheSongsLength()
    {
        var reel = TestReels.Create(slots: 3) with { Song = new Song("songs/a.m4a", 242.5), CreditsSeconds = 5 };

        var seconds = reel.DurationSeconds;

        Assert.Equal(242.5, seconds);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(0, false)]
    [InlineData(4, false)]
    [InlineData(-1, false)]
    public void FindSlot_Index_TheSlotCountingFromOneOrNull(int index, bool found)
    {
        var reel = TestReels.Create(slots: 3);

        var slot = reel.FindSlot(index);

        Assert.Equal(found ? index : null, slot?.Index);
    }

    [Fact]
    public void TryParse_NewId_RoundTrips()
    {
        var id = ReelId.New();

        var parsed = ReelId.TryParse(id.Value, out var back);

        Assert.True(parsed);
        Assert.Equal(id, back);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abcd234")]
    [InlineData("abcd23456")]
    [InlineData("ABCD2345")]
    [InlineData("abcd2340")]
    [InlineData("../../x1")]
    public void TryParse_NotAnIdThisTypeMakes_Refused(string? text)
    {
        var parsed = ReelId.TryParse(text, out _);

        Assert.False(parsed);
    }
}
