using ClipBot.Core.Chat;
using ClipBot.Core.Media;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Interactions;

namespace ClipBot.Discord.Tests.Notifications;

public sealed class DiscordCutNotifierTests : HarnessTests
{
    private static readonly ChannelRef Channel = new("discord", "345626669114982999");


    [Fact]
    public async Task PostCutAsync_DeliveryCut_NewMessageWithTheChatSizedFile()
    {
        var reel = WithCut(deliveryBytes: 3000, final: true);

        var posted = await Notifier.PostCutAsync(reel, Channel, CancellationToken.None);

        Assert.True(posted.IsSuccess);
        var call = Assert.Single(Harness.Rest.Calls);
        Assert.Equal((nameof(IDiscordRest.CreateMessageAsync), Channel.ChannelId), (call.Name, call.Target));
        Assert.Equal([$"cut-{reel.Id}.mp4"], call.Message!.Files.Select(f => f.FileName));
        Assert.Equal([3000L], call.FileBytes);
        Assert.StartsWith("The final cut of “Night Drive” is here: 0:12, 1 of 3 shots chosen.", call.Message.Content, StringComparison.Ordinal);
        Assert.Empty(call.Message.MentionUserIds);
    }

    [Fact]
    public async Task PostCutAsync_NoDeliveryCut_LinkOnlyWithoutABaseUrlSaysSo()
    {
        var reel = WithCut(deliveryBytes: null, final: false);

        await Notifier.PostCutAsync(reel, Channel, CancellationToken.None);

        var message = Harness.Rest.Calls.Single().Message!;
        Assert.Empty(message.Files);
        Assert.StartsWith("A cut of the current leaders", message.Content, StringComparison.Ordinal);
        Assert.EndsWith("It is too big to post here; the Studio plays it.", message.Content, StringComparison.Ordinal);
        Harness.Encoder.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task PostCutAsync_NoCut_RefusedWithoutPosting()
    {
        var reel = WithCut(deliveryBytes: 10, final: false) with { Cut = null };

        var posted = await Notifier.PostCutAsync(reel, Channel, CancellationToken.None);

        Assert.False(posted.IsSuccess);
        Assert.Empty(Harness.Rest.Calls);
    }

    private ICutNotifier Notifier => Harness.Get<IEnumerable<ICutNotifier>>().Single(n => n.Platform == "discord");

    private Reel WithCut(int? deliveryBytes, bool final)
    {
        var id = ReelId.New();
        var media = Path.Combine(Harness.DataPath, "media");
        Directory.CreateDirectory(media);
        var delivery = deliveryBytes is null ? null : $"cut-{id}-delivery.mp4";
        if (delivery is not null)
        {
            File.WriteAllBytes(Path.Combine(media, delivery), new byte[deliveryBytes!.Value]);
        }

        return new Reel
        {
            Id = id,
            Name = "Night Drive",
            Canvas = Canvas.For(AspectRatio.Landscape16x9),
            Slots = [new Slot(1, 0, 4), new Slot(2, 4, 4), new Slot(3, 8, 4)],
            Channels = [Channel],
            CreatedBy = new ChatUser("discord:1", "Mason", IsAdmin: true),
            CreatedAt = DateTimeOffset.UnixEpoch,
            Cut = new ReelCut($"cut-{id}-full.mp4", delivery, 12.2, [TakeId.New(), null, null], DateTimeOffset.UnixEpoch, final),
        };
    }
}
