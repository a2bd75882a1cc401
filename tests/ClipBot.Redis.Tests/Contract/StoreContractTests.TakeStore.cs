using ClipBot.Core.Takes;
using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Contract;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task GetAsync_AfterCreate_RoundTripsEveryField()
    {
        var take = TestTakes.Full();

        await Store.CreateAsync(take, None);
        var loaded = await Store.GetAsync(take.Id, None);

        Assert.Equal(take, loaded);
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        var id = TakeId.New();

        var loaded = await Store.GetAsync(id, None);

        Assert.Null(loaded);
    }

    [Fact]
    public async Task CreateAsync_ExistingTake_Throws()
    {
        var take = TestTakes.Minimal();
        await Store.CreateAsync(take, None);

        var create = () => Store.CreateAsync(take with { Progress = 5 }, None);

        await Assert.ThrowsAsync<InvalidOperationException>(create);
        Assert.Equal(0, (await Store.GetAsync(take.Id, None))!.Progress);
    }

    [Fact]
    public async Task SaveAsync_ExistingTake_Overwrites()
    {
        var take = TestTakes.Minimal();
        await Store.CreateAsync(take, None);
        var changed = take with { Status = TakeStatus.Generating, Progress = 40, UpdatedAt = take.CreatedAt.AddSeconds(3) };

        await Store.SaveAsync(changed, None);

        Assert.Equal(changed, await Store.GetAsync(take.Id, None));
    }

    [Fact]
    public async Task SaveAsync_TakeNeverCreated_ThrowsAndStoresNothing()
    {
        var take = TestTakes.Minimal();

        var save = () => Store.SaveAsync(take, None);

        await Assert.ThrowsAsync<InvalidOperationException>(save);
        Assert.Null(await Store.GetAsync(take.Id, None));
    }

    [Fact]
    public async Task ListRecentAsync_SeveralTakes_NewestFirstUpToCount()
    {
        var takes = Enumerable.Range(0, 5).Select(i => TestTakes.Minimal(TestTakes.Epoch.AddMinutes(i))).ToList();
        foreach (var take in new[] { takes[2], takes[0], takes[4], takes[1], takes[3] })
        {
            await Store.CreateAsync(take, None);
        }

        var recent = await Store.ListRecentAsync(3, None);

        Assert.Equal([takes[4].Id, takes[3].Id, takes[2].Id], recent.Select(t => t.Id));
    }

    [Fact]
    public async Task ListRecentAsync_AfterSave_ShowsSavedStateInCreationOrder()
    {
        var older = TestTakes.Minimal(TestTakes.Epoch);
        var newer = TestTakes.Minimal(TestTakes.Epoch.AddSeconds(1));
        await Store.CreateAsync(older, None);
        await Store.CreateAsync(newer, None);

        await Store.SaveAsync(older with { Status = TakeStatus.Ready, UpdatedAt = TestTakes.Epoch.AddHours(1) }, None);
        var recent = await Store.ListRecentAsync(10, None);

        Assert.Equal([newer.Id, older.Id], recent.Select(t => t.Id));
        Assert.Equal(TakeStatus.Ready, recent[1].Status);
    }

    [Fact]
    public async Task ListRecentAsync_EmptyStore_ReturnsEmpty()
    {
        var recent = await Store.ListRecentAsync(10, None);

        Assert.Empty(recent);
    }
}
