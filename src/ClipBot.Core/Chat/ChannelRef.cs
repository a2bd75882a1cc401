namespace ClipBot.Core.Chat;

/// <summary>Where a command came from and where its take is posted: a platform and its channel id.</summary>
public sealed record ChannelRef(string Platform, string ChannelId)
{
    public const string StudioPlatform = "studio";

    public static ChannelRef Studio { get; } = new(StudioPlatform, "local");
}
