using ClipBot.Core.Chat;

namespace ClipBot.Host.Studio;

/// <summary>The Studio is a local channel: a user is a display name the page remembers, checked here.</summary>
internal static class StudioUser
{
    public const int MaxLength = 32;
    public const string Default = "studio";

    public static ChatUser? From(string? name, bool isAdmin)
    {
        var trimmed = string.IsNullOrWhiteSpace(name) ? Default : name.Trim();
        if (trimmed.Length > MaxLength || !trimmed.All(c => char.IsLetterOrDigit(c) || c is ' ' or '_' or '-' or '.'))
        {
            return null;
        }

        return new ChatUser("studio:" + trimmed.ToLowerInvariant(), trimmed, isAdmin);
    }
}
