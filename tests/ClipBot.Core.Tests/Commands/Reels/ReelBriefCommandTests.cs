using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Reels;
using ClipBot.Core.Tests.Reels;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class ReelBriefCommandTests
{
    private readonly ReelHarness _harness = new();

    [Fact]
    public async Task HandleAsync_SlotAndText_SetsThatSlotsBriefOnly()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 3));

        await BriefAsync(reel, "2 a car on a night road");

        Assert.Equal([null, "a car on a night road", null], _harness.Reels.Get(reel.Id).Slots.Select(s => s.Brief));
    }

    [Fact]
    public async Task HandleAsync_BriefSet_PublicReplyQuotingIt()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());

        var outcome = await BriefAsync(reel, "2 a car on a night road");

        Assert.True(outcome.Accepted);
        Assert.False(outcome.Reply.Ephemeral);
        Assert.Equal("Shot 2's brief: “a car on a night road”.", outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_BriefOnSeveralLines_OneLine()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());

        await BriefAsync(reel, "1 a car\non a night road");

        Assert.Equal("a car on a night road", _harness.Reels.Get(reel.Id).Slots[0].Brief);
    }

    [Fact]
    public async Task HandleAsync_SlotOnly_ClearsTheBrief()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create() with { Slots = [new Slot(1, 0, 4, Brief: "old")] });

        var outcome = await BriefAsync(reel, "1");

        Assert.Null(_harness.Reels.Get(reel.Id).Slots[0].Brief);
        Assert.Equal("Shot 1 has no brief now.", outcome.Reply.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0 a car")]
    [InlineData("4 a car")]
    [InlineData("two a car")]
    [InlineData("-1 a car")]
    public async Task HandleAsync_NoSuchShot_RefusedWithTheRangeAndAnExample(string arguments)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 3));

        var outcome = await BriefAsync(reel, arguments);

        OutcomeAssert.Refused("Give a shot number from 1 to 3, then the brief: `/reel brief 3 a car on a night road`.", outcome);
        Assert.Equal(0, _harness.Reels.Saves);
    }

    [Fact]
    public async Task HandleAsync_BriefOfTheMaximumLength_Set()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());

        var outcome = await BriefAsync(reel, "1 " + new string('b', Slot.MaxBriefLength));

        Assert.True(outcome.Accepted);
    }

    [Theory]
    [InlineData(Slot.MaxBriefLength + 1)]
    [InlineData(5000)]
    public async Task HandleAsync_BriefTooLong_RefusedWithTheLimit(int length)
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());

        var outcome = await BriefAsync(reel, "1 " + new string('b', length));

        OutcomeAssert.Refused("A brief is plain text of at most 300 characters.", outcome);
    }

    [Fact]
    public async Task HandleAsync_BriefWithAControlCharacter_Refused()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create());

        var outcome = await BriefAsync(reel, "1 a car\u0007");

        Assert.False(outcome.Accepted);
        Assert.Equal(0, _harness.Reels.Saves);
    }

    private Task<CommandOutcome> BriefAsync(Reel reel, string arguments) =>
        new ReelBriefCommand(_harness.Updater).HandleAsync(TestReels.Invocation("brief", arguments, reel), CancellationToken.None);
}
