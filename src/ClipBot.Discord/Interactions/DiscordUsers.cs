using ClipBot.Core.Chat;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Discord members are ChatUsers with the id "discord:&lt;snowflake&gt;", as Studio users are "studio:&lt;name&gt;",
/// so a member's quota, votes and takes never mix with another platform's.
/// </summary>
internal static class DiscordUsers
{
    public const string Prefix = "discord:";

    public static string ChatId(Snowflake id) => Prefix + id;

    /// <summary>The member's Discord id, for a mention; null for a user of another platform.</summary>
    public static Snowflake? DiscordId(ChatUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Id.StartsWith(Prefix, StringComparison.Ordinal) && Snowflake.TryParse(user.Id[Prefix.Length..], out var id) ? id : null;
    }
}
