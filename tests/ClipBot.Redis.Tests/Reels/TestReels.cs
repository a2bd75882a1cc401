using ClipBot.Core.Chat;
using ClipBot.Core.Media;
using ClipBot.Core.Reels;
using ClipBot.Core.Songs;
using ClipBot.Core.Takes;
using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Reels;

internal static class TestReels
{
    public static Reel Minimal(ChannelRef? channel = null, DateTimeOffset? createdAt = null) => new()
    {
        Id = ReelId.New(),
        Name = "The Hardest Part",
        Canvas = Canvas.Default,
        Slots = [new Slot(1, 0, 4), new Slot(2, 4, 4)],
        Channels = [channel ?? ChannelRef.Studio],
        CreatedBy = new ChatUser("u1", "Band"),
        CreatedAt = createdAt ?? TestTakes.Epoch,
    };

    /// <summary>Every property set away from its default, so a lost field shows in <see cref="AssertSame"/>.</summary>
    public static Reel Full() => new()
    {
        Id = ReelId.New(),
        Name = "The Hardest Part — \"community cut\" ✨",
        Song = new Song("songs/hardest-part.m4a", 242.5, "songs/hardest-part.delivery.m4a"),
        Canvas = new Canvas(720, 900, 24, FitMode.Crop),
        Slots = [new Slot(1, 0, 4.25, "intro", "a quiet lake at dawn"), new Slot(2, 4.25, 3.5, "verse 1"), new Slot(3, 7.75, 2)],
        Style = new StyleLock("grainy 16mm", "soft light") { BannedWords = ["logo", "text"] },
        Rules = new VotingRules(SelfVotes: true, MinAccountAgeDays: 30, RequiredRole: "112233", HideTallies: true, Ranking: RankingMode.Duels),
        Phase = ReelPhase.Voting,
        Schedule = new PhaseSchedule(ReelPhase.Locked, new DateTimeOffset(2031, 12, 1, 20, 0, 0, TimeSpan.FromHours(1))),
        Channels = [new ChannelRef("discord", "987654321098765432"), new ChannelRef("slack", "C024BE91L"), ChannelRef.Studio],
        CreatedBy = new ChatUser("123456789012345678", "Band Admin", IsAdmin: true)
        {
            AccountCreatedAt = new DateTimeOffset(2019, 5, 6, 7, 8, 9, TimeSpan.Zero),
            Roles = ["admin", "112233"],
        },
        CreatedAt = new DateTimeOffset(2031, 2, 3, 4, 5, 6, TimeSpan.FromHours(2)).AddTicks(1234567),
        TransitionSeconds = 0.5,
        Cut = new ReelCut(
            "cuts/full.mp4", "cuts/delivery.mp4", 242.5, [TakeId.New(), null, TakeId.New()], new DateTimeOffset(2031, 2, 4, 0, 0, 0, TimeSpan.Zero), Final: true),
        Version = 7,
    };

    /// <summary>
    /// Equal in every field. A record compares its lists by reference, so the lists are compared by content
    /// here and then swapped for the expected ones before the record compares the rest.
    /// </summary>
    public static void AssertSame(Reel expected, Reel? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Slots, actual.Slots);
        Assert.Equal(expected.Channels, actual.Channels);
        Assert.Equal(expected.Style.BannedWords, actual.Style.BannedWords);
        Assert.Equal(expected.CreatedBy.Roles, actual.CreatedBy.Roles);
        Assert.Equal(expected.Cut?.Winners, actual.Cut?.Winners);

        var withExpectedLists = actual with
        {
            Slots = expected.Slots,
            Channels = expected.Channels,
            Style = actual.Style with { BannedWords = expected.Style.BannedWords },
            CreatedBy = actual.CreatedBy with { Roles = expected.CreatedBy.Roles },
            Cut = actual.Cut is null ? null : actual.Cut with { Winners = expected.Cut!.Winners },
        };
        Assert.Equal(expected, withExpectedLists);
    }
}
