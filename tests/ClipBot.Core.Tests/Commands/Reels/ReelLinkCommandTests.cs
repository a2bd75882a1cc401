using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Reels;
using ClipBot.Core.Tests.Reels;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class ReelLinkCommandTests
{
    private readonly ReelHarness _harness = new();

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("abcd234l")]
    [InlineData("../reel:1")]
    public async Task HandleAsync_NotAReelId_RefusedWithAnExample(string arguments)
    {
        var outcome = await LinkAsync(arguments);

        OutcomeAssert.Refused("Give the reel's id, e.g. `/reel link abcd2345`; `/reel create` printed it.", outcome);
    }

    [Fact]
    public async Task HandleAsync_UnknownReel_RefusedNamingTheId()
    {
        var id = ReelId.New();

        var outcome = await LinkAsync(id.Value);

        OutcomeAssert.Refused($"There is no reel `{id}`; check the id `/reel create` printed.", outcome);
    }

    [Fact]
    public async Task HandleAsync_AlreadyLinkedToThatReel_RefusedAndNothingSaved()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(channel: TestReels.Channel));

        var outcome = await LinkAsync(reel.Id.Value);

        OutcomeAssert.Refused("This channel is already part of that reel.", outcome);
        Assert.Equal(0, _harness.Reels.Saves);
    }

    [Fact]
    public async Task HandleAsync_OtherReel_ChannelAddedAndFoundFromNowOn()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(channel: ChannelRef.Studio));

        var outcome = await LinkAsync(reel.Id.Value);

        Assert.True(outcome.Accepted);
        Assert.Equal([ChannelRef.Studio, TestReels.Channel], _harness.Reels.Get(reel.Id).Channels);
        Assert.Equal(reel.Id, await _harness.Reels.FindByChannelAsync(TestReels.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_Linked_PublicReplyWithNameShotsAndPhase()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create(slots: 12, phase: ReelPhase.Voting, channel: ChannelRef.Studio));

        var outcome = await LinkAsync($" {reel.Id.Value.ToUpperInvariant()} ");

        Assert.False(outcome.Reply.Ephemeral);
        Assert.Equal("This channel is now part of “Night Drive” (12 shots, in voting).", outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_ChannelInAnotherReel_MovedOutOfIt()
    {
        var previous = await _harness.AddReelAsync(TestReels.Create(channel: TestReels.Channel));
        var reel = await _harness.AddReelAsync(TestReels.Create(channel: ChannelRef.Studio));

        await LinkAsync(reel.Id.Value);

        Assert.Empty(_harness.Reels.Get(previous.Id).Channels);
        Assert.Equal(reel.Id, await _harness.Reels.FindByChannelAsync(TestReels.Channel, CancellationToken.None));
    }

    private Task<CommandOutcome> LinkAsync(string arguments) =>
        new ReelLinkCommand(_harness.Reels, _harness.Updater).HandleAsync(TestReels.Invocation("link", arguments, reel: null), CancellationToken.None);
}
