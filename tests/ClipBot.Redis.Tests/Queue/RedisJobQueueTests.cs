using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using ClipBot.Redis.Queue;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Queue;

/// <summary>
/// What the queue sends to the server, without one: lease time comes from the injected clock and reaches
/// the scripts as Unix ms. The behaviour itself is covered by the contract suite on real servers.
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
    public async Task TryLeaseAsync_FakeClock_SendsDeadlineAndReturnsIt()
    {
        Reply(RedisResult.Create([RedisResult.Create((RedisValue)"abcdefghijkm"), RedisResult.Create((RedisValue)3)]));
        _time.Advance(TimeSpan.FromMinutes(1));

        var lease = await _queue.TryLeaseAsync("w1", TimeSpan.FromSeconds(30), CancellationToken.None);

        var call = Assert.Single(_calls);
        Assert.Equal(["t:queue:pending", "t:queue:leases", "t:queue:lease-state"], call.Keys.Select(k => k.ToString()));
        Assert.Equal(Start.AddSeconds(90).ToUnixTimeMilliseconds(), (long)call.Values[0]);
        Assert.Equal(lease!.Token, call.Values[1].ToString());
        Assert.Equal("w1", call.Values[2].ToString());
        Assert.Equal(new TakeId("abcdefghijkm"), lease.TakeId);
        Assert.Equal(Start.AddSeconds(90), lease.ExpiresAt);
        Assert.Equal(3, lease.Attempt);
    }

    [Fact]
    public async Task TryLeaseAsync_ScriptReturnsNil_ReturnsNull()
    {
        Reply(RedisResult.Create(RedisValue.Null));

        var lease = await _queue.TryLeaseAsync("w1", TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Null(lease);
    }

    [Fact]
    public async Task TryLeaseAsync_TwoLeases_UseDifferentTokens()
    {
        Reply(RedisResult.Create([RedisResult.Create((RedisValue)"abcdefghijkm"), RedisResult.Create((RedisValue)1)]));

        var first = await _queue.TryLeaseAsync("w1", TimeSpan.FromSeconds(30), CancellationToken.None);
        var second = await _queue.TryLeaseAsync("w1", TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.NotEqual(first!.Token, second!.Token);
    }

    [Fact]
    public async Task RenewAsync_FakeClock_SendsNewDeadlineAndToken()
    {
        Reply(RedisResult.Create((RedisValue)1));
        var lease = new JobLease(new TakeId("abcdefghijkm"), "tok", Start.AddSeconds(30), 1);
        _time.Advance(TimeSpan.FromSeconds(20));

        var renewed = await _queue.RenewAsync(lease, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.True(renewed);
        Assert.Equal(["abcdefghijkm", "tok", Start.AddSeconds(50).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)], _calls[0].Values.Select(v => v.ToString()));
    }

    [Fact]
    public async Task RequeueExpiredAsync_FakeClock_SendsNowAndStopsAfterShortBatch()
    {
        Reply(RedisResult.Create((RedisValue)3));
        _time.Advance(TimeSpan.FromHours(1));

        var requeued = await _queue.RequeueExpiredAsync(CancellationToken.None);

        Assert.Equal(3, requeued);
        var call = Assert.Single(_calls);
        Assert.Equal(Start.AddHours(1).ToUnixTimeMilliseconds(), (long)call.Values[0]);
    }

    [Fact]
    public async Task CompleteAsync_ScriptReturnsZero_ReturnsFalse()
    {
        Reply(RedisResult.Create((RedisValue)0));
        var lease = new JobLease(new TakeId("abcdefghijkm"), "stale", Start, 1);

        var completed = await _queue.CompleteAsync(lease, CancellationToken.None);

        Assert.False(completed);
    }

    public void Dispose() => _queue.Dispose();

    private void Reply(RedisResult result) =>
        _db.Setup(d => d.ScriptEvaluateAsync(It.IsAny<string>(), It.IsAny<RedisKey[]?>(), It.IsAny<RedisValue[]?>(), It.IsAny<CommandFlags>()))
            .Callback((string script, RedisKey[]? keys, RedisValue[]? values, CommandFlags _) => _calls.Add((script, keys ?? [], values ?? [])))
            .ReturnsAsync(result);
}
