using ClipBot.Core.Chat;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests;

/// <summary>Takes and artifacts for the tests, with fixed, readable values.</summary>
internal static class TestTakes
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly ChatUser Author = new("u-123", "Ana");

    public static readonly TakeArtifacts Artifacts = new("take.mp4", "take.jpg", 1280, 720, 4.0, 123_456);

    public static Take Create(TakeStatus status = TakeStatus.Queued, string platform = "discord", ChatUser? author = null) => new()
    {
        Id = TakeId.New(),
        Parameters = new ClipParameters { Prompt = "a neon city at dusk", Seed = 7 },
        Author = author ?? Author,
        Channel = new ChannelRef(platform, "c-1"),
        Provider = "local",
        Status = status,
        CreatedAt = Start,
        UpdatedAt = Start,
        Artifacts = status is TakeStatus.Ready or TakeStatus.Posted ? Artifacts : null,
    };
}
