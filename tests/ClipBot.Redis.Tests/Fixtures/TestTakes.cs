using ClipBot.Core.Chat;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.Tests.Fixtures;

internal static class TestTakes
{
    public static readonly DateTimeOffset Epoch = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static Take Minimal(DateTimeOffset? createdAt = null) => new()
    {
        Id = TakeId.New(),
        Parameters = new ClipParameters { Prompt = "a neon heron over a lake", Seed = 7 },
        Author = new ChatUser("u1", "Fan One"),
        Channel = ChannelRef.Studio,
        Provider = "local",
        Status = TakeStatus.Queued,
        CreatedAt = createdAt ?? Epoch,
        UpdatedAt = createdAt ?? Epoch,
    };

    /// <summary>Every property set away from its default, so a lost field shows in an equality check.</summary>
    public static Take Full() => new()
    {
        Id = TakeId.New(),
        Parameters = new ClipParameters
        {
            Prompt = "slow dolly through a field of \"sunflowers\" — at dusk ✨",
            Aspect = AspectRatio.Portrait4x5,
            Seed = uint.MaxValue,
            Negative = "text, watermark",
            Camera = CameraMove.RotateCcw,
            Motion = 4,
            DurationSeconds = 9,
            Slot = 12,
            Style = "grainy 16mm",
        },
        Author = new ChatUser("123456789012345678", "Admin Fan", IsAdmin: true),
        Channel = new ChannelRef("discord", "987654321098765432"),
        Provider = "comfyui",
        Status = TakeStatus.Failed,
        CreatedAt = new DateTimeOffset(2031, 2, 3, 4, 5, 6, TimeSpan.FromHours(2)).AddTicks(1234567),
        UpdatedAt = new DateTimeOffset(2031, 2, 3, 4, 6, 7, TimeSpan.Zero).AddTicks(7654321),
        FailureReason = "The provider refused the prompt.",
        Artifacts = new TakeArtifacts("takes/abc.mp4", "takes/abc.jpg", 720, 900, 3.9666, 1_234_567_890_123),
        Progress = 100,
    };
}
