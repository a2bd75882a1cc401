namespace ClipBot.Discord.Notifications;

/// <summary>A video that fits the channel's upload limit; <see cref="Temporary"/> when it was encoded for this post and goes after it.</summary>
internal sealed record FittedVideo(string Path, bool Temporary);
