using ClipBot.Core.Takes;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests;

public sealed class RedisKeysTests
{
    [Fact]
    public void Keys_DefaultPrefix_AllStartWithPrefixAndDiffer()
    {
        var keys = new RedisKeys(new StoreOptions().KeyPrefix);
        var id = new TakeId("abcdefghijkm");

        string[] names =
        [
            keys.Take(id).ToString(), keys.RecentTakes.ToString(), keys.QueuePending.ToString(),
            keys.QueueLeases.ToString(), keys.QueueLeaseState.ToString(),
            keys.QueueWakeUp.ToString(), keys.TakeEvents.ToString(),
        ];

        Assert.All(names, n => Assert.StartsWith("clipbot:", n, StringComparison.Ordinal));
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("clipbot:take:abcdefghijkm", names[0]);
    }

    [Fact]
    public void AllKeysPattern_CustomPrefix_MatchesOnlyThatPrefix()
    {
        var keys = new RedisKeys("test:42:");

        RedisValue pattern = keys.AllKeysPattern;

        Assert.Equal("test:42:*", pattern.ToString());
    }
}
