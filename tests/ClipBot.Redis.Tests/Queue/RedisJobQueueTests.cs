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
/// What the queue sends to the server, without one: each script by its SHA1 with only its own keys; times
/// come from the injected clock and reach the scripts as Unix ms, after the owners' prefix and the wake-up
/// channel. The behaviour itself is covered by the contract suite on real servers.
/// </summary>
public sealed partial class RedisJobQueueTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly QueueScript[] Scripts =
    [
        QueueScripts.Enqueue, QueueScripts.Lease, QueueScripts.Renew, QueueScripts.Complete, QueueScripts.CompleteAndLeaseNext,
        QueueScripts.RetryLater, QueueScripts.DeadLetter, QueueScripts.Release, QueueScripts.Cancel, QueueScripts.RequeueExpired,
        QueueScripts.PromoteDueRetries, QueueStatusScripts.WaitForWork, QueueStatusScripts.Status, QueueStatusScripts.DeadLetters,
        QueueStatusScripts.ReportWorker,
    ];

    private readonly FakeTimeProvider _time = new(Start);
    private readonly Mock<IDatabase> _db = new();
    private readonly List<(QueueScript Script, RedisKey[] Keys, RedisValue[] Values)> _calls = [];
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
        Reply(Items("abcdefghijkm", "alice", 3));
        _time.Advance(TimeSpan.FromMinutes(1));

        var lease = await _queue.TryLeaseAsync("w1", TimeSpan.FromSeconds(30), 2, CancellationToken.None);

        var call = Assert.Single(_calls);
        Assert.Same(QueueScripts.Lease, call.Script);
        Assert.Equal(
            ["t:{queue}:delayed", "t:{queue}:owner-of", "t:{queue}:ring", "t:{queue}:running", "t:{queue}:leases", "t:{queue}:job-state"],
            call.Keys.Select(k => k.ToString()));
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
        Reply(Items("abcdefghijkm", "alice", 1));

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
    public async Task EnqueueAsync_FakeClock_SendsTheJobAndNowWithOnlyTheKeysItTouches()
    {
        Reply(RedisResult.Create((RedisValue)1));

        await _queue.EnqueueAsync(new JobRequest(new TakeId("abcdefghijkm"), "alice"), CancellationToken.None);

        var call = Assert.Single(_calls);
        Assert.Equal(
            ["t:{queue}:owner-of", "t:{queue}:ring", "t:{queue}:dead", "t:{queue}:dead-info", "t:{queue}:idle"],
            call.Keys.Select(k => k.ToString()));
        Assert.Equal(["abcdefghijkm", "alice", Ms(Start)], call.Values.Skip(2).Select(v => v.ToString()));
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
    public async Task CompleteAsync_Duration_SendsWholeMillisecondsAndNow()
    {
        Reply(RedisResult.Create((RedisValue)1));

        var completed = await _queue.CompleteAsync(Lease("tok"), TimeSpan.FromMilliseconds(1234.9), CancellationToken.None);

        Assert.True(completed);
        Assert.Equal(["abcdefghijkm", "tok", "1234", Ms(Start)], _calls[0].Values.Skip(2).Select(v => v.ToString()));
    }

    [Fact]
    public async Task CompleteAsync_ScriptReturnsZero_ReturnsFalse()
    {
        Reply(RedisResult.Create((RedisValue)0));

        var completed = await _queue.CompleteAsync(Lease("stale"), TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.False(completed);
    }

    [Fact]
    public async Task CompleteAndLeaseNextAsync_CompletedAndLeased_SendsBothStepsAndReturnsTheNextLease()
    {
        Reply(Items(1, "bcdefghijkmn", "bob", 2));
        _time.Advance(TimeSpan.FromMinutes(1));

        var result = await _queue.CompleteAndLeaseNextAsync(Lease("tok"), TimeSpan.FromMilliseconds(250), "w1", TimeSpan.FromSeconds(30), 2, CancellationToken.None);

        var call = Assert.Single(_calls);
        Assert.Same(QueueScripts.CompleteAndLeaseNext, call.Script);
        Assert.Equal(
            ["abcdefghijkm", "tok", "250", Ms(Start.AddMinutes(1)), Ms(Start.AddSeconds(90)), result.Next!.Token, "w1", "2", "100"],
            call.Values.Skip(2).Select(v => v.ToString()));
        Assert.True(result.Completed);
        Assert.Equal(new JobLease(new TakeId("bcdefghijkmn"), "bob", result.Next.Token, Start.AddSeconds(90), 2), result.Next);
        Assert.NotEqual("tok", result.Next.Token);
    }

    [Fact]
    public async Task CompleteAndLeaseNextAsync_StaleAndNothingToLease_ReturnsNotCompletedAndNoNext()
    {
        Reply(Items(0));

        var result = await _queue.CompleteAndLeaseNextAsync(Lease("stale"), TimeSpan.FromSeconds(1), "w1", TimeSpan.FromSeconds(30), 2, CancellationToken.None);

        Assert.Equal(new CompleteResult(false, null), result);
    }

    [Fact]
    public async Task RetryLaterAsync_Due_SendsDueInUnixMsTheReasonAndNow()
    {
        Reply(RedisResult.Create((RedisValue)1));

        var scheduled = await _queue.RetryLaterAsync(Lease("tok"), Start.AddSeconds(7), "provider busy", CancellationToken.None);

        Assert.True(scheduled);
        Assert.Equal(["abcdefghijkm", "tok", Ms(Start.AddSeconds(7)), "provider busy", Ms(Start)], _calls[0].Values.Skip(2).Select(v => v.ToString()));
    }

    [Fact]
    public async Task RequeueExpiredAsync_FakeClock_SendsNowAndMaxAttemptsAndReturnsTheDeadLettered()
    {
        Reply(script => script == QueueScripts.RequeueExpired
            ? RedisResult.Create([RedisResult.Create((RedisValue)3), Items("abcdefghijkm")])
            : RedisResult.Create((RedisValue)0));
        _time.Advance(TimeSpan.FromHours(1));

        var recovered = await _queue.RequeueExpiredAsync(maxAttempts: 4, CancellationToken.None);

        Assert.Equal(3, recovered.Requeued);
        Assert.Equal([new TakeId("abcdefghijkm")], recovered.DeadLettered);
        Assert.Equal([QueueScripts.RequeueExpired, QueueScripts.PromoteDueRetries], _calls.Select(c => c.Script));
        Assert.All(_calls, c => Assert.Equal(Ms(Start.AddHours(1)), c.Values[2].ToString()));
        Assert.Equal(
            ["100", "4", "10000", "The worker stopped while making this clip, %d times."],
            _calls[0].Values.Skip(3).Select(v => v.ToString()));
    }

    [Fact]
    public async Task RequeueExpiredAsync_FullBatch_RunsAnotherUntilAShortOne()
    {
        var batches = 0;
        Reply(script => script == QueueScripts.RequeueExpired
            ? RedisResult.Create([RedisResult.Create((RedisValue)(++batches == 1 ? 99 : 5)), Items("abcdefghijkm")])
            : RedisResult.Create((RedisValue)0));

        var recovered = await _queue.RequeueExpiredAsync(maxAttempts: 3, CancellationToken.None);

        Assert.Equal(2, batches);
        Assert.Equal(104, recovered.Requeued);
        Assert.Equal(2, recovered.DeadLettered.Count);
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

    [Fact]
    public void Scripts_EveryOne_BindsItsKeysInOrderAndHasItsOwnHash()
    {
        var hashes = Scripts.Select(s => Convert.ToHexString(s.Hash)).ToList();

        Assert.Equal(Scripts.Length, hashes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Scripts, s => Assert.Equal(20, s.Hash.Length));
        Assert.StartsWith("local ring, running, delayed, idle = KEYS[1], KEYS[2], KEYS[3], KEYS[4]\n", QueueStatusScripts.WaitForWork.Lua, StringComparison.Ordinal);
        Assert.StartsWith("local jobState, leases = KEYS[1], KEYS[2]\nlocal ownerPrefix, wake = ARGV[1], ARGV[2]\n", QueueScripts.Renew.Lua, StringComparison.Ordinal);
    }

    public void Dispose() => _queue.Dispose();

    private static JobLease Lease(string token) => new(new TakeId("abcdefghijkm"), "alice", token, Start.AddSeconds(30), 1);

    private static string Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static RedisResult Items(params object[] items) =>
        RedisResult.Create(items.Select(i => RedisResult.Create(i switch
        {
            int n => (RedisValue)n,
            string text => (RedisValue)text,
            _ => throw new ArgumentException($"Not a reply item: {i}", nameof(items)),
        })).ToArray());

    private void Reply(RedisResult result) => Reply(_ => result);

    // Every script, whichever it is, by its hash; the reply may depend on the script.
    private void Reply(Func<QueueScript, RedisResult> result) =>
        _db.Setup(d => d.ScriptEvaluateAsync(It.IsAny<byte[]>(), It.IsAny<RedisKey[]?>(), It.IsAny<RedisValue[]?>(), It.IsAny<CommandFlags>()))
            .Returns((byte[] hash, RedisKey[]? keys, RedisValue[]? values, CommandFlags _) =>
            {
                var script = Scripts.Single(s => s.Hash.AsSpan().SequenceEqual(hash));
                _calls.Add((script, keys ?? [], values ?? []));
                return Task.FromResult(result(script));
            });
}
