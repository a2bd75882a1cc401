using ClipBot.Core.Queue;

namespace ClipBot.Redis.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task TryLeaseAsync_OwnerWithFiftyJobsThenOwnerWithOne_SecondOwnerAmongTheFirstTwo()
    {
        await EnqueueAsync("alice", 50);
        var bob = await EnqueueAsync("bob", 1);

        var first = await LeaseAsync();
        var second = await LeaseAsync();

        Assert.Equal("alice", first!.OwnerId);
        Assert.Equal(bob[0], second!.TakeId);
        Assert.Equal("bob", second.OwnerId);
    }

    [Fact]
    public async Task TryLeaseAsync_ThreeOwners_InterleavesRoundRobin()
    {
        var alice = await EnqueueAsync("alice", 3);
        var bob = await EnqueueAsync("bob", 3);
        var carol = await EnqueueAsync("carol", 2);

        var leased = await DrainAsync();

        Assert.Equal(
            [alice[0], bob[0], carol[0], alice[1], bob[1], carol[1], alice[2], bob[2]],
            leased.Select(l => l.TakeId));
        Assert.Empty(await RingAsync());
    }

    [Fact]
    public async Task TryLeaseAsync_OwnerJoinsLater_JoinsAtTheTailOfTheRing()
    {
        var alice = await EnqueueAsync("alice", 3);
        var bob = await EnqueueAsync("bob", 2);
        var first = await LeaseAsync();
        var carol = await EnqueueAsync("carol", 1);

        var rest = await DrainAsync();

        Assert.Equal(alice[0], first!.TakeId);
        Assert.Equal([bob[0], alice[1], carol[0], bob[1], alice[2]], rest.Select(l => l.TakeId));
    }

    [Fact]
    public async Task TryLeaseAsync_OwnerAtCap_ReturnsNullForItButServesAnotherOwner()
    {
        var alice = await EnqueueAsync("alice", 3);
        var twoLeases = new[] { await LeaseAsync(cap: 2), await LeaseAsync(cap: 2) };

        var third = await LeaseAsync(cap: 2);
        var bob = await EnqueueAsync("bob", 1);
        var bobsTurn = await LeaseAsync(cap: 2);

        Assert.Equal(alice.Take(2), twoLeases.Select(l => l!.TakeId));
        Assert.Null(third);
        Assert.Equal(bob[0], bobsTurn!.TakeId);
        Assert.Null(await LeaseAsync(cap: 2));
        Assert.Equal(["alice"], await RingAsync());
    }

    [Fact]
    public async Task CompleteAsync_OwnerAtCap_FreesTheSlotAndWakesAnIdleWorker()
    {
        var alice = await EnqueueAsync("alice", 3);
        var held = await LeaseAsync(cap: 2);
        _ = await LeaseAsync(cap: 2);
        var waiter = NewQueue();
        Assert.Null(await waiter.TryLeaseAsync("w2", LeaseFor, 2, None));
        var waiting = waiter.WaitForWorkAsync(LongWait, None);
        await WaitUntilPendingAsync(waiting);

        Assert.True(await Queue.CompleteAsync(held!, TimeSpan.FromSeconds(1), None));
        await waiting.WaitAsync(Prompt);
        var next = await waiter.TryLeaseAsync("w2", LeaseFor, 2, None);

        Assert.Equal(alice[2], next!.TakeId);
    }

    [Theory]
    [InlineData("retry")]
    [InlineData("dead-letter")]
    [InlineData("release")]
    public async Task LeaseEnd_OwnerAtCap_FreesTheSlot(string end)
    {
        var alice = await EnqueueAsync("alice", 2);
        var held = await LeaseAsync(cap: 1);
        Assert.Null(await LeaseAsync(cap: 1));

        var ended = end switch
        {
            "retry" => await Queue.RetryLaterAsync(held!, Time.GetUtcNow().AddMinutes(1), "busy", None),
            "dead-letter" => await Queue.DeadLetterAsync(held!, "refused", None),
            _ => await Queue.ReleaseAsync(held!, None),
        };
        var next = await LeaseAsync(cap: 1);

        Assert.True(ended);
        Assert.Equal(end == "release" ? alice[0] : alice[1], next!.TakeId);
    }
}
