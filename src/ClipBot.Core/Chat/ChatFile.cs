namespace ClipBot.Core.Chat;

/// <summary>A small file a reply carries, such as an export; adapters upload it with the message.</summary>
public sealed record ChatFile(string Name, string ContentType, byte[] Content);
