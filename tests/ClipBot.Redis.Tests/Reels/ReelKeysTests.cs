using ClipBot.Core.Chat;
using ClipBot.Core.Reels;

namespace ClipBot.Redis.Tests.Reels;

public sealed class ReelKeysTests
{
    private static readonly ReelId Id = new("abcd2345");

    [Fact]
    public void ReelKeys_AnyReel_ShareTheReelsHashTagAndDiffer()
    {
        var keys = new RedisKeys("clipbot:");

        string[] names =
        [
            keys.Reel(Id).ToString(), keys.ReelTakes(Id, 1).ToString(), keys.ReelTakes(Id, 2).ToString(),
            keys.ReelReservations(Id, 1).ToString(), keys.Ballots(Id).ToString(), keys.Tally(Id).ToString(), keys.BallotsRevision(Id).ToString(),
            keys.Duels(Id, 1).ToString(),
        ];

        Assert.All(names, n => Assert.StartsWith("clipbot:{reel:abcd2345}:", n, StringComparison.Ordinal));
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("clipbot:{reel:abcd2345}:tally", keys.Tally(Id).ToString());
    }

    [Fact]
    public void TimerKeys_AnyPrefix_ShareTheTimersHashTag()
    {
        var keys = new RedisKeys("test:42:");

        string[] names = [keys.ReelTimersDue.ToString(), keys.ReelTimerLeases.ToString(), keys.ReelTimerState.ToString()];

        Assert.All(names, n => Assert.StartsWith("test:42:{reel-timers}:", n, StringComparison.Ordinal));
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void IndexKeys_AnyPrefix_OutsideEveryHashTag()
    {
        var keys = new RedisKeys("clipbot:");

        string[] names = [keys.ReelsByChannel.ToString(), keys.RecentReels.ToString()];

        Assert.Equal(["clipbot:reels:by-channel", "clipbot:reels:recent"], names);
        Assert.Equal("discord:42", RedisKeys.ReelChannelField(new ChannelRef("discord", "42")).ToString());
    }
}
