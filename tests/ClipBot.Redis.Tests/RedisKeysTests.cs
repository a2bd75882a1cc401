using ClipBot.Core.Takes;
using ClipBot.Redis.Queue;
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
            keys.Take(id).ToString(), keys.RecentTakes.ToString(), keys.QueueOwner("alice").ToString(),
            .. Enum.GetValues<QueueKey>().Select(k => keys.Queue(k).ToString()),
            keys.Quota("alice").ToString(), keys.Lock("recovery").ToString(),
            keys.QueueWakeUp.ToString(), keys.JobCancellations.ToString(), keys.TakeEvents.ToString(),
        ];

        Assert.All(names, n => Assert.StartsWith("clipbot:", n, StringComparison.Ordinal));
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("clipbot:take:abcdefghijkm", names[0]);
    }

    [Fact]
    public void QueueKeys_AnyPrefix_ShareOneHashTagWithTheOwnersLines()
    {
        var keys = new RedisKeys("clipbot:");

        var queueKeys = Enum.GetValues<QueueKey>().Select(k => keys.Queue(k).ToString()).Append(keys.QueueOwner("discord:42").ToString());

        Assert.All(queueKeys, k => Assert.StartsWith("clipbot:{queue}:", k, StringComparison.Ordinal));
        Assert.Equal("clipbot:{queue}:owner:discord:42", keys.QueueOwner("discord:42").ToString());
        Assert.Equal(keys.QueueOwnerPrefix + "discord:42", keys.QueueOwner("discord:42").ToString());
    }

    [Fact]
    public void AllKeysPattern_CustomPrefix_MatchesOnlyThatPrefix()
    {
        var keys = new RedisKeys("test:42:");

        RedisValue pattern = keys.AllKeysPattern;

        Assert.Equal("test:42:*", pattern.ToString());
    }
}
