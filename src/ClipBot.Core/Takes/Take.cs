using ClipBot.Core.Chat;
using ClipBot.Core.Reels;

namespace ClipBot.Core.Takes;

/// <summary>One generated clip and everything known about it, from the request to the posted message.</summary>
public sealed record Take
{
    public required TakeId Id { get; init; }
    public required ClipParameters Parameters { get; init; }
    public required ChatUser Author { get; init; }
    public required ChannelRef Channel { get; init; }
    public required string Provider { get; init; }

    /// <summary>The reel this take competes in, for the slot in <see cref="ClipParameters.Slot"/>; null for a take on its own.</summary>
    public ReelId? Reel { get; init; }

    /// <summary>The largest file the take's channel accepts, as its platform said when the take was asked for; null when it did not.</summary>
    public long? UploadLimitBytes { get; init; }
    public required TakeStatus Status { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>A reason fit for the fan to read; never exception text.</summary>
    public string? FailureReason { get; init; }

    public TakeArtifacts? Artifacts { get; init; }

    /// <summary>Generation progress, 0 to 100.</summary>
    public int Progress { get; init; }
}
