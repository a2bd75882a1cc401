using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using Moq;

namespace ClipBot.Core.Tests.Reels;

public sealed partial class ReelCutterTests
{
    [Fact]
    public async Task CutAsync_NotToBePosted_NobodyPosted()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create() with { Channels = [TestReels.Channel, Slack] });

        await CutAsync(reel, post: false);

        _discord.Verify(n => n.PostCutAsync(It.IsAny<Reel>(), It.IsAny<ChannelRef>(), It.IsAny<CancellationToken>()), Times.Never);
        _slack.Verify(n => n.PostCutAsync(It.IsAny<Reel>(), It.IsAny<ChannelRef>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task CutAsync_ToBePosted_EveryLinkedChannelGetsTheNewCutOnItsPlatform()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create() with { Channels = [TestReels.Channel, Slack] });

        var cut = await CutAsync(reel, post: true);

        _discord.Verify(n => n.PostCutAsync(It.Is<Reel>(r => r == cut.Value && r.Cut != null), TestReels.Channel, It.IsAny<CancellationToken>()), Times.Once);
        _slack.Verify(n => n.PostCutAsync(It.Is<Reel>(r => r == cut.Value), Slack, It.IsAny<CancellationToken>()), Times.Once);
        _discord.Verify(n => n.PostCutAsync(It.IsAny<Reel>(), Slack, It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task CutAsync_ChannelOnAPlatformWithoutNotifier_SkippedAndTheOthersPosted()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create() with { Channels = [ChannelRef.Studio, Slack] });

        var cut = await CutAsync(reel, post: true);

        Assert.True(cut.IsSuccess);
        _slack.Verify(n => n.PostCutAsync(It.IsAny<Reel>(), Slack, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task CutAsync_OneChannelRefusesThePost_TheOthersStillGetIt()
    {
        var other = new ChannelRef("discord", "chan-2");
        var reel = await _harness.AddReelAsync(TestReels.Create() with { Channels = [TestReels.Channel, other, Slack] });
        _discord.Setup(n => n.PostCutAsync(It.IsAny<Reel>(), TestReels.Channel, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Error(ErrorKind.Forbidden, "Missing access"));

        var cut = await CutAsync(reel, post: true);

        Assert.True(cut.IsSuccess);
        _discord.Verify(n => n.PostCutAsync(It.IsAny<Reel>(), other, It.IsAny<CancellationToken>()), Times.Once);
        _slack.Verify(n => n.PostCutAsync(It.IsAny<Reel>(), Slack, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task CutAsync_OneChannelThrows_TheOthersStillGetIt()
    {
        var reel = await _harness.AddReelAsync(TestReels.Create() with { Channels = [TestReels.Channel, Slack] });
        _discord.Setup(n => n.PostCutAsync(It.IsAny<Reel>(), TestReels.Channel, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("connection reset"));

        var cut = await CutAsync(reel, post: true);

        Assert.True(cut.IsSuccess);
        _slack.Verify(n => n.PostCutAsync(It.IsAny<Reel>(), Slack, It.IsAny<CancellationToken>()), Times.Once);
    }
}
