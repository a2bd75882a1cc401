using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Reels;

public abstract partial class ReelContractTests
{
    private static readonly ChannelRef Discord = new("discord", "111");
    private static readonly ChannelRef Slack = new("slack", "C222");

    [Fact]
    public async Task GetAsync_AfterCreate_RoundTripsEveryFieldAsVersionOne()
    {
        var reel = TestReels.Full();

        var created = await Reels.CreateAsync(reel, None);
        var loaded = await Reels.GetAsync(reel.Id, None);

        Assert.Equal(1, created.Version);
        TestReels.AssertSame(reel with { Version = 1 }, loaded);
    }

    [Fact]
    public async Task GetAsync_MinimalReel_KeepsDefaultsAndNulls()
    {
        var reel = TestReels.Minimal();

        await Reels.CreateAsync(reel, None);
        var loaded = await Reels.GetAsync(reel.Id, None);

        TestReels.AssertSame(reel with { Version = 1 }, loaded);
        Assert.Null(loaded!.Song);
        Assert.Null(loaded.Cut);
        Assert.Equal(VotingRules.Default, loaded.Rules);
        Assert.Empty(loaded.Style.BannedWords);
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        var id = ReelId.New();

        var loaded = await Reels.GetAsync(id, None);

        Assert.Null(loaded);
    }

    [Fact]
    public async Task CreateAsync_ExistingReel_ThrowsAndKeepsTheFirst()
    {
        var reel = TestReels.Minimal();
        await Reels.CreateAsync(reel, None);

        var create = () => Reels.CreateAsync(reel with { Name = "other" }, None);

        await Assert.ThrowsAsync<InvalidOperationException>(create);
        Assert.Equal(reel.Name, (await Reels.GetAsync(reel.Id, None))!.Name);
    }

    [Fact]
    public async Task TrySaveAsync_SameVersion_StoresOneVersionHigher()
    {
        var created = await Reels.CreateAsync(TestReels.Full(), None);
        var changed = created with { Phase = ReelPhase.Locked, Name = "renamed" };

        var saved = await Reels.TrySaveAsync(changed, None);
        var loaded = await Reels.GetAsync(created.Id, None);

        Assert.Equal(2, saved!.Version);
        TestReels.AssertSame(changed with { Version = 2 }, loaded);
    }

    [Fact]
    public async Task TrySaveAsync_StaleVersion_ReturnsNullAndKeepsTheWinner()
    {
        var created = await Reels.CreateAsync(TestReels.Minimal(), None);
        var first = await Reels.TrySaveAsync(created with { Name = "first" }, None);

        var second = await Reels.TrySaveAsync(created with { Name = "second" }, None);
        var loaded = await Reels.GetAsync(created.Id, None);

        Assert.Equal(2, first!.Version);
        Assert.Null(second);
        Assert.Equal(("first", 2L), (loaded!.Name, loaded.Version));
    }

    [Fact]
    public async Task TrySaveAsync_ConcurrentSavesOfOneVersion_ExactlyOneWins()
    {
        var created = await Reels.CreateAsync(TestReels.Minimal(), None);

        var saves = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Reels.TrySaveAsync(created with { Name = $"save {i}" }, None)));
        var loaded = await Reels.GetAsync(created.Id, None);

        var winner = Assert.Single(saves, s => s is not null);
        Assert.Equal((winner!.Name, 2L), (loaded!.Name, loaded.Version));
    }

    [Fact]
    public async Task TrySaveAsync_ReelNeverCreated_ReturnsNullAndStoresNothing()
    {
        var reel = TestReels.Minimal();

        var saved = await Reels.TrySaveAsync(reel, None);

        Assert.Null(saved);
        Assert.Null(await Reels.GetAsync(reel.Id, None));
    }

    [Fact]
    public async Task FindByChannelAsync_AfterCreate_FindsEveryChannel()
    {
        var reel = TestReels.Full();

        await Reels.CreateAsync(reel, None);

        foreach (var channel in reel.Channels)
        {
            Assert.Equal(reel.Id, await Reels.FindByChannelAsync(channel, None));
        }

        Assert.Null(await Reels.FindByChannelAsync(new ChannelRef("discord", "unlinked"), None));
    }

    [Fact]
    public async Task FindByChannelAsync_ChannelLinkedToASecondReel_BelongsToTheSecond()
    {
        var first = await Reels.CreateAsync(TestReels.Minimal(Discord), None);
        var second = await Reels.CreateAsync(TestReels.Minimal(Slack), None);

        await Reels.TrySaveAsync(second with { Channels = [Slack, Discord] }, None);
        var found = await Reels.FindByChannelAsync(Discord, None);

        Assert.Equal(second.Id, found);
        Assert.Equal(second.Id, await Reels.FindByChannelAsync(Slack, None));
        Assert.NotEqual(first.Id, found);
    }

    [Fact]
    public async Task TrySaveAsync_OlderReelStillListingAMovedChannel_DoesNotTakeItBack()
    {
        var first = await Reels.CreateAsync(TestReels.Minimal(Discord), None);
        var second = await Reels.CreateAsync(TestReels.Minimal(Slack), None);
        await Reels.TrySaveAsync(second with { Channels = [Slack, Discord] }, None);

        await Reels.TrySaveAsync(first with { Name = "renamed" }, None);

        Assert.Equal(second.Id, await Reels.FindByChannelAsync(Discord, None));
    }

    [Fact]
    public async Task TrySaveAsync_ChannelRemoved_UnlinksItOnlyFromThisReel()
    {
        var first = await Reels.CreateAsync(TestReels.Minimal(Discord) with { Channels = [Discord, Slack] }, None);
        var second = await Reels.CreateAsync(TestReels.Minimal(ChannelRef.Studio), None);
        await Reels.TrySaveAsync(second with { Channels = [ChannelRef.Studio, Slack] }, None);

        await Reels.TrySaveAsync(first with { Channels = [] }, None);

        Assert.Null(await Reels.FindByChannelAsync(Discord, None));
        Assert.Equal(second.Id, await Reels.FindByChannelAsync(Slack, None));
    }

    [Fact]
    public async Task ListRecentAsync_SeveralReels_NewestFirstUpToCount()
    {
        var reels = Enumerable.Range(0, 5).Select(i => TestReels.Minimal(createdAt: TestTakes.Epoch.AddMinutes(i))).ToList();
        foreach (var reel in new[] { reels[2], reels[0], reels[4], reels[1], reels[3] })
        {
            await Reels.CreateAsync(reel, None);
        }

        var recent = await Reels.ListRecentAsync(3, None);

        Assert.Equal([reels[4].Id, reels[3].Id, reels[2].Id], recent.Select(r => r.Id));
    }

    [Fact]
    public async Task ListRecentAsync_AfterSave_ShowsTheSavedVersionOnce()
    {
        var created = await Reels.CreateAsync(TestReels.Minimal(), None);

        await Reels.TrySaveAsync(created with { Name = "renamed" }, None);
        var recent = await Reels.ListRecentAsync(10, None);

        var only = Assert.Single(recent);
        Assert.Equal(("renamed", 2L), (only.Name, only.Version));
    }

    [Fact]
    public async Task ListRecentAsync_EmptyStore_ReturnsEmpty()
    {
        var recent = await Reels.ListRecentAsync(10, None);

        Assert.Empty(recent);
    }
}
