using ClipBot.Redis.Queue;

namespace ClipBot.Redis.Tests.Queue;

public sealed class FairSharePositionsTests
{
    [Fact]
    public void Of_OwnerWithOneJobBehindOwnerWithFifty_IsSecond()
    {
        (string, long)[] ring = [("alice", 50), ("bob", 1)];

        var bob = FairSharePositions.Of(ring, "bob", 1);
        var alice = FairSharePositions.Of(ring, "alice", 3);

        Assert.Equal([2], bob);
        Assert.Equal([1, 3, 4], alice);
    }

    [Fact]
    public void Of_ThreeOwners_EveryPositionOnceInRoundRobinOrder()
    {
        (string, long)[] ring = [("alice", 3), ("bob", 1), ("carol", 2)];

        var positions = ring.ToDictionary(r => r.Item1, r => FairSharePositions.Of(ring, r.Item1, (int)r.Item2));

        // Rounds: alice bob carol | alice carol | alice.
        Assert.Equal([1, 4, 6], positions["alice"]);
        Assert.Equal([2], positions["bob"]);
        Assert.Equal([3, 5], positions["carol"]);
    }

    [Fact]
    public void Of_FewerRequestedThanWaiting_ReturnsTheFirstOnly()
    {
        (string, long)[] ring = [("alice", 2), ("bob", 5)];

        var bob = FairSharePositions.Of(ring, "bob", 2);

        Assert.Equal([2, 4], bob);
    }

    [Fact]
    public void Of_OwnerNotInTheRing_ReturnsNothing()
    {
        (string, long)[] ring = [("alice", 2)];

        var bob = FairSharePositions.Of(ring, "bob", 3);

        Assert.Empty(bob);
    }
}
