using System.Globalization;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using ClipBot.Redis.Queue;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Queue;

/// <summary>
/// What the queue sends to the server, without one: times come from the injected clock and reach the
/// scripts as Unix ms, after the owners' prefix and the wake-up channel. The behaviour itself is covered by
/// the contract suite on real servers.
/// </summary>
public sealed class RedisJobQueueTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly Mock<IDatabase> _db = new();
    private readonly List<(string Script, RedisKey[] Keys, RedisValue[] Values)> _calls = [];
    private readonly RedisJobQueue _queue;

    public RedisJobQueueTests()
    {
        var redis = new Mock<IConnectionMultiplexer>();
        redis.Setup(r => r.GetDatabase(It.IsAny<int>(), It.IsAny<object?>())).Returns(_db.Object);
        _queue = new RedisJobQueue(redis.Object, new RedisKeys("t:"), _time, NullLogger<RedisJobQueue>.Instance);
    }

    [Fact]
    public async Task TryLeaseAsync_FakeClock_SendsNowDeadlineCapAndReturnsTheLease()
    {
        Reply(RedisResult.Create([RedisResult.Create((RedisValue)"abcdefghijkm"), RedisResult.Create((RedisValue)"alice"), RedisResult.Create((RedisValue)3)]));
        _time.Advance(TimeSpan.FromMinutes(1));

        var lease = await _queue.TryLeaseAsync("w1", TimeSpan.FromSeconds(30), 2, CancellationToken.None);

        var call = Assert.Single(_calls);
        Assert.Equal("t:{queue}:ring", call.Keys[0].ToString());
        Assert.Equal(
            ["t:{queue}:owner:", "t:queue:wake", Ms(Start.AddMinutes(1)), Ms(Start.AddSeconds(90)), lease!.Token, "w1", "2", "100"],
            call.Values.Select(v => v.ToString()));
        Assert.Equal(new JobLease(new TakeId("abcdefghijkm"), "alice", lease.Token, Start.AddSeconds(90), 3), lease);
    }

    [Fact]
    public async Task TryLeaseAsync_ScriptReturnsNil_ReturnsNull()
    {
        Reply(RedisResult.Create(RedisValue.Null));

        var lease = await _queue.TryLeaseAsync("w1", TimeSpan.FromSeconds(30), 2, CancellationToken.None);

        Assert.Null(lease);
    }

    [Fact]
    public async Task TryLeaseAsync_TwoLeases_UseDifferentTokens()
    {
        Reply(RedisResult.Create([RedisResult.Create((RedisValue)"abcdefghijkm"), RedisResult.Create((RedisValue)"alice"), RedisResult.Create((RedisValue)1)]));

        var first = await _queue.TryLeaseAsync("w1", TimeSpan.FromSeconds(30), 2, CancellationToken.None);
        var second = await _queue.TryLeaseAsync("w1", TimeSpan.FromSeconds(30), 2, CancellationToken.None);

        Assert.NotEqual(first!.Token, second!.Token);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task TryLeaseAsync_CapBelowOne_ThrowsWithoutCallingTheServer(int cap)
    {
        var lease = () => _queue.TryLeaseAsync("w1", TimeSpan.FromSeconds(30), cap, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(lease);
        Assert.Empty(_calls);
    }

    [Fact]
    public async Task EnqueueAsync_EmptyOwner_ThrowsWithoutCallingTheServer()
    {
        var enqueue = () => _queue.EnqueueAsync(new JobRequest(TakeId.New(), string.Empty), CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(enqueue);
        Assert.Empty(_calls);
    }

    [Fact]
    public async Task RenewAsync_FakeClock_SendsNewDeadlineAndToken()
    {
        Reply(RedisResult.Create((RedisValue)1));
        var lease = Lease("tok");
        _time.Advance(TimeSpan.FromSeconds(20));

        var renewed = await _queue.RenewAsync(lease, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.True(renewed);
        Assert.Equal(["abcdefghijkm", "tok", Ms(Start.AddSeconds(50))], _calls[0].Values.Skip(2).Select(v => v.ToString()));
    }

    [Fact]
    public async Task CompleteAsync_Duration_SendsWholeMilliseconds()
    {
        Reply(RedisResult.Create((RedisValue)1));

        var completed = await _queue.CompleteAsync(Lease("tok"), TimeSpan.FromMilliseconds(1234.9), CancellationToken.None);

        Assert.True(completed);
        Assert.Equal(["abcdefghijkm", "tok", "1234"], _calls[0].Values.Skip(2).Select(v => v.ToString()));
    }

    [Fact]
    public async Task CompleteAsync_ScriptReturnsZero_ReturnsFalse()
    {
        Reply(RedisResult.Create((RedisValue)0));

        var completed = await _queue.CompleteAsync(Lease("stale"), TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.False(completed);
    }

    [Fact]
    public async Task RetryLaterAsync_Due_SendsDueInUnixMsAndTheReason()
    {
        Reply(RedisResult.Create((RedisValue)1));

        var scheduled = await _queue.RetryLaterAsync(Lease("tok"), Start.AddSeconds(7), "provider busy", CancellationToken.None);

        Assert.True(scheduled);
        Assert.Equal(["abcdefghijkm", "tok", Ms(Start.AddSeconds(7)), "provider busy"], _calls[0].Values.Skip(2).Select(v => v.ToString()));
    }

    [Fact]
    public async Task RequeueExpiredAsync_FakeClock_SendsNowToBothSweepsAndStopsAfterShortBatches()
    {
        Reply(RedisResult.Create((RedisValue)3));
        _time.Advance(TimeSpan.FromHours(1));

        var requeued = await _queue.RequeueExpiredAsync(CancellationToken.None);

        Assert.Equal(3, requeued);
        Assert.Equal([QueueScripts.RequeueExpired, QueueScripts.PromoteDue], _calls.Select(c => c.Script));
        Assert.All(_calls, c => Assert.Equal(Ms(Start.AddHours(1)), c.Values[2].ToString()));
    }

    [Fact]
    public async Task CancelAsync_ScriptReplies_MapsToOutcomes()
    {
        var outcomes = new List<CancelOutcome>();

        foreach (var reply in new[] { 0, 1, 2 })
        {
            Reply(RedisResult.Create((RedisValue)reply));
            outcomes.Add(await _queue.CancelAsync(new TakeId("abcdefghijkm"), CancellationToken.None));
        }

        Assert.Equal([CancelOutcome.NotQueued, CancelOutcome.Removed, CancelOutcome.Running], outcomes);
    }

    public void Dispose() => _queue.Dispose();

    private static JobLease Lease(string token) => new(new TakeId("abcdefghijkm"), "alice", token, Start.AddSeconds(30), 1);

    private static string Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private void Reply(RedisResult result) =>
        _db.Setup(d => d.ScriptEvaluateAsync(It.IsAny<string>(), It.IsAny<RedisKey[]?>(), It.IsAny<RedisValue[]?>(), It.IsAny<CommandFlags>()))
            .Callback((string script, RedisKey[]? keys, RedisValue[]? values, CommandFlags _) => _calls.Add((script, keys ?? [], values ?? [])))
            .ReturnsAsync(result);
}
