namespace ClipBot.Discord.Rest;

/// <summary>A file to upload with a message, read from disk when the request is sent.</summary>
internal sealed record DiscordFile(string FileName, string Path, string ContentType, string? Description = null);
