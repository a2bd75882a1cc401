using System.Diagnostics;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.Tests.Contract;

public abstract partial class StoreContractTests
{
    private static readonly TimeSpan QuotaWindow = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task TryConsumeAsync_LimitThreeInAWindow_FourthRefusedUntilTheOldestLeaves()
    {
        var oldest = Time.GetUtcNow();
        var allowed = new List<QuotaDecision>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add(await Quota.TryConsumeAsync("alice", 3, QuotaWindow, None));
            Time.Advance(TimeSpan.FromMinutes(1));
        }

        var fourth = await Quota.TryConsumeAsync("alice", 3, QuotaWindow, None);
        Time.SetUtcNow(oldest + QuotaWindow - TimeSpan.FromMilliseconds(1));
        var justBefore = await Quota.TryConsumeAsync("alice", 3, QuotaWindow, None);
        Time.SetUtcNow(oldest + QuotaWindow);
        var after = await Quota.TryConsumeAsync("alice", 3, QuotaWindow, None);

        Assert.Equal([new(true, 2, null), new(true, 1, null), new QuotaDecision(true, 0, null)], allowed);
        Assert.Equal(new QuotaDecision(false, 0, oldest + QuotaWindow), fourth);
        Assert.Equal(new QuotaDecision(false, 0, oldest + QuotaWindow), justBefore);
        Assert.Equal(new QuotaDecision(true, 0, null), after);
        Assert.Equal(new QuotaDecision(false, 0, oldest + QuotaWindow + TimeSpan.FromMinutes(1)), await Quota.TryConsumeAsync("alice", 3, QuotaWindow, None));
    }

    [Fact]
    public async Task TryConsumeAsync_OwnerAtLimit_OtherOwnersUnaffected()
    {
        await Quota.TryConsumeAsync("alice", 1, QuotaWindow, None);

        var alice = await Quota.TryConsumeAsync("alice", 1, QuotaWindow, None);
        var bob = await Quota.TryConsumeAsync("bob", 1, QuotaWindow, None);

        Assert.False(alice.Allowed);
        Assert.True(bob.Allowed);
    }

    [Fact]
    public async Task TryConsumeAsync_Allowed_KeyExpiresWithTheWindow()
    {
        await Quota.TryConsumeAsync("alice", 5, QuotaWindow, None);

        var ttl = await _server.Redis.GetDatabase().KeyTimeToLiveAsync(_keys.Quota("alice"));

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, QuotaWindow - TimeSpan.FromMinutes(1), QuotaWindow);
    }

    [Fact]
    public async Task TryAcquireAsync_HeldByAnother_Refused()
    {
        var first = await LeaderLock.TryAcquireAsync("recovery", "p1", TimeSpan.FromMinutes(1), None);

        var second = await LeaderLock.TryAcquireAsync("recovery", "p2", TimeSpan.FromMinutes(1), None);
        var otherLock = await LeaderLock.TryAcquireAsync("other", "p2", TimeSpan.FromMinutes(1), None);

        Assert.True(first);
        Assert.False(second);
        Assert.True(otherLock);
    }

    [Fact]
    public async Task TryAcquireAsync_SameHolder_ExtendsTheHold()
    {
        await LeaderLock.TryAcquireAsync("recovery", "p1", TimeSpan.FromMilliseconds(400), None);

        var again = await LeaderLock.TryAcquireAsync("recovery", "p1", TimeSpan.FromMinutes(1), None);
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        var other = await LeaderLock.TryAcquireAsync("recovery", "p2", TimeSpan.FromMinutes(1), None);

        Assert.True(again);
        Assert.False(other);
    }

    [Fact]
    public async Task TryAcquireAsync_HoldExpired_AnotherHolderTakesIt()
    {
        await LeaderLock.TryAcquireAsync("recovery", "p1", TimeSpan.FromSeconds(1), None);
        var whileHeld = await LeaderLock.TryAcquireAsync("recovery", "p2", TimeSpan.FromMinutes(1), None);

        // The server's clock expires the lock; poll past the hold.
        var stopwatch = Stopwatch.StartNew();
        var taken = false;
        while (!taken && stopwatch.Elapsed < Prompt)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
            taken = await LeaderLock.TryAcquireAsync("recovery", "p2", TimeSpan.FromMinutes(1), None);
        }

        Assert.False(whileHeld);
        Assert.True(taken);
        Assert.False(await LeaderLock.TryAcquireAsync("recovery", "p1", TimeSpan.FromMinutes(1), None));
    }

    [Fact]
    public async Task ListenAsync_CancellationSignalled_ListenerReceivesTheTakeId()
    {
        using var timeout = new CancellationTokenSource(Prompt);
        var id = TakeId.New();
        await using var listener = Cancellations.ListenAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);

        // The subscription starts with the first MoveNextAsync; until it is in place, signals miss it.
        var next = listener.MoveNextAsync().AsTask();
        while (!next.IsCompleted)
        {
            await Cancellations.SignalAsync(id, timeout.Token);
            await Task.WhenAny(next, Task.Delay(50, timeout.Token));
        }

        Assert.True(await next);
        Assert.Equal(id, listener.Current);
    }

    [Fact]
    public async Task ListenAsync_MessageThatIsNotATakeId_Ignored()
    {
        using var timeout = new CancellationTokenSource(Prompt);
        var id = TakeId.New();
        await using var listener = Cancellations.ListenAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);

        var next = listener.MoveNextAsync().AsTask();
        while (!next.IsCompleted)
        {
            await _server.Redis.GetSubscriber().PublishAsync(_keys.JobCancellations, "../../etc/passwd");
            await Cancellations.SignalAsync(id, timeout.Token);
            await Task.WhenAny(next, Task.Delay(50, timeout.Token));
        }

        Assert.True(await next);
        Assert.Equal(id, listener.Current);
    }
}
