namespace ClipBot.Core.Chat;

/// <summary>Who invoked a command, as the platform vouches for it.</summary>
public sealed record ChatUser(string Id, string DisplayName, bool IsAdmin = false);
