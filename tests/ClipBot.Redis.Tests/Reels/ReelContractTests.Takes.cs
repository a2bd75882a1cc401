using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.Tests.Reels;

public abstract partial class ReelContractTests
{
    [Fact]
    public async Task ListTakesAsync_TakesFiledTwice_ListedOnceInTheOrderFiled()
    {
        var reel = ReelId.New();
        var takes = Enumerable.Range(0, 5).Select(_ => TakeId.New()).ToList();

        foreach (var take in new[] { takes[0], takes[1], takes[0], takes[2], takes[3], takes[1], takes[4], takes[4] })
        {
            await Reels.AddTakeAsync(reel, 1, take, None);
        }

        var listed = await Reels.ListTakesAsync(reel, 1, None);

        Assert.Equal(takes, listed);
    }

    [Fact]
    public async Task ListTakesAsync_TwoSlots_KeepsEachSlotsOwn()
    {
        var reel = ReelId.New();
        var (first, second) = (TakeId.New(), TakeId.New());

        await Reels.AddTakeAsync(reel, 1, first, None);
        await Reels.AddTakeAsync(reel, 2, second, None);

        Assert.Equal([first], await Reels.ListTakesAsync(reel, 1, None));
        Assert.Equal([second], await Reels.ListTakesAsync(reel, 2, None));
        Assert.Empty(await Reels.ListTakesAsync(reel, 3, None));
    }

    [Fact]
    public async Task AddTakeAsync_ManyAtOnce_EachListedOnce()
    {
        var reel = ReelId.New();
        var takes = Enumerable.Range(0, 50).Select(_ => TakeId.New()).ToList();

        await Task.WhenAll(takes.Concat(takes).Select(t => Reels.AddTakeAsync(reel, 1, t, None)));
        var listed = await Reels.ListTakesAsync(reel, 1, None);

        Assert.Equal(takes.Select(t => t.Value).Order(StringComparer.Ordinal), listed.Select(t => t.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TryReserveTakeAsync_UpToMax_ThenRefusesPerMemberAndSlot()
    {
        var reel = ReelId.New();

        var reserved = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            reserved.Add(await Reels.TryReserveTakeAsync(reel, 1, "alice", 3, None));
        }

        Assert.Equal([true, true, true, false], reserved);
        Assert.True(await Reels.TryReserveTakeAsync(reel, 1, "bob", 3, None));
        Assert.True(await Reels.TryReserveTakeAsync(reel, 2, "alice", 3, None));
    }

    [Fact]
    public async Task TryReserveTakeAsync_ConcurrentAttempts_GrantsExactlyMax()
    {
        var reel = ReelId.New();

        var reserved = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Reels.TryReserveTakeAsync(reel, 1, "alice", 5, None)));

        Assert.Equal(5, reserved.Count(r => r));
    }

    [Fact]
    public async Task ReleaseTakeAsync_AfterReserve_GivesOneBack()
    {
        var reel = ReelId.New();
        await Reels.TryReserveTakeAsync(reel, 1, "alice", 2, None);
        await Reels.TryReserveTakeAsync(reel, 1, "alice", 2, None);

        await Reels.ReleaseTakeAsync(reel, 1, "alice", None);

        Assert.True(await Reels.TryReserveTakeAsync(reel, 1, "alice", 2, None));
        Assert.False(await Reels.TryReserveTakeAsync(reel, 1, "alice", 2, None));
    }

    [Fact]
    public async Task ReleaseTakeAsync_MoreThanReserved_NeverGoesBelowZero()
    {
        var reel = ReelId.New();
        await Reels.TryReserveTakeAsync(reel, 1, "alice", 2, None);

        for (var i = 0; i < 3; i++)
        {
            await Reels.ReleaseTakeAsync(reel, 1, "alice", None);
        }

        var reserved = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            reserved.Add(await Reels.TryReserveTakeAsync(reel, 1, "alice", 2, None));
        }

        Assert.Equal([true, true, false], reserved);
    }
}
