namespace ClipBot.Core.Chat;

/// <summary>Who invoked a command, as the platform vouches for it.</summary>
public sealed record ChatUser(string Id, string DisplayName, bool IsAdmin = false)
{
    /// <summary>When the platform account was made (Discord: from the id's snowflake); null when the platform does not say.</summary>
    public DateTimeOffset? AccountCreatedAt { get; init; }

    /// <summary>The platform roles the member holds in the channel's server; empty where the platform has none.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    // A record compares a list by reference; two reads of the same user must be equal, so the roles compare by content.
    public bool Equals(ChatUser? other) =>
        other is not null
        && Id == other.Id
        && DisplayName == other.DisplayName
        && IsAdmin == other.IsAdmin
        && AccountCreatedAt == other.AccountCreatedAt
        && Roles.SequenceEqual(other.Roles);

    public override int GetHashCode() => HashCode.Combine(Id, DisplayName, IsAdmin, AccountCreatedAt, Roles.Count);
}
