using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Discord.Tests.Interactions;

/// <summary>Takes as the store holds them once posted, made in the test channel.</summary>
internal static class DiscordTakes
{
    public static Take Posted(string authorId = InteractionPayloads.FanId, ReelId? reel = null, int? slot = null, ClipParameters? parameters = null) => new()
    {
        Id = TakeId.New(),
        Parameters = parameters ?? new ClipParameters
        {
            Prompt = "neon tail lights in the rain",
            Seed = 7,
            Aspect = AspectRatio.Portrait9x16,
            Camera = CameraMove.ZoomIn,
            DurationSeconds = 6,
            Negative = "blurry, text",
            Slot = slot,
        },
        Author = new ChatUser("discord:" + authorId, "fan") { AccountCreatedAt = DateTimeOffset.UnixEpoch },
        Channel = new ChannelRef("discord", InteractionPayloads.ChannelId),
        Provider = "local",
        Reel = reel,
        Status = TakeStatus.Posted,
        CreatedAt = DateTimeOffset.UnixEpoch,
        Artifacts = new TakeArtifacts("take.mp4", "take.jpg", 720, 1280, 6, 1000),
    };
}
