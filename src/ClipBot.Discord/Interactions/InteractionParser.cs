using System.Globalization;
using System.Text.Json;
using ClipBot.Core.Chat;
using ClipBot.Core.Results;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Reads the interaction object (reference D3): the invoking user from <c>member.user</c> in a server or
/// <c>user</c> in a DM, their roles and whether they are the band's admin, the channel, and the upload limit.
/// </summary>
internal static class InteractionParser
{
    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5): who may manage the server runs its contest.</summary>
    public const ulong ManageGuild = 1UL << 5;

    public const string Platform = "discord";

    public static Result<Interaction> Parse(JsonElement payload, IReadOnlyCollection<string> adminRoleIds, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(adminRoleIds);
        if (payload.ValueKind != JsonValueKind.Object
            || Text(payload, "id") is not { Length: > 0 } id
            || Text(payload, "token") is not { Length: > 0 } token
            || JsonFields.Integer(payload, "type") is not { } type || !Enum.IsDefined((InteractionType)type))
        {
            return Error.Invalid("The interaction has no id, token or known type.");
        }

        var member = JsonFields.Object(payload, "member");
        var user = (member is { } inGuild ? JsonFields.Object(inGuild, "user") : null) ?? JsonFields.Object(payload, "user") ?? default;
        var data = payload.TryGetProperty("data", out var d) ? d.Clone() : default;
        if (user.ValueKind != JsonValueKind.Object || !Snowflake.TryParse(Text(user, "id"), out var userId))
        {
            return Error.Invalid("The interaction names no user.");
        }

        var channelId = Text(payload, "channel_id") ?? (JsonFields.Object(payload, "channel") is { } channel ? Text(channel, "id") : null);
        if (!Snowflake.TryParse(channelId, out var channelSnowflake))
        {
            return Error.Invalid("The interaction names no channel.");
        }

        var roles = member is { } withRoles
            ? JsonFields.Array(withRoles, "roles").Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList()
            : [];
        var permissions = member is { } withPermissions && Text(withPermissions, "permissions") is { } bits
            && ulong.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var isAdmin = (permissions & ManageGuild) != 0 || roles.Any(r => adminRoleIds.Contains(r, StringComparer.Ordinal));
        var name = (member is { } withNick ? Text(withNick, "nick") : null) ?? Text(user, "global_name") ?? Text(user, "username") ?? userId.ToString();
        var chatUser = new ChatUser(DiscordUsers.ChatId(userId), name, isAdmin)
        {
            AccountCreatedAt = userId.CreatedAt,
            Roles = roles,
        };
        var limit = JsonFields.Integer(payload, "attachment_size_limit") is { } bytes and > 0 ? bytes : Interaction.DefaultUploadLimitBytes;

        return new Interaction(id, token, (InteractionType)type, chatUser, new ChannelRef(Platform, channelSnowflake.ToString()), limit, data, receivedAt)
        {
            GuildId = Text(payload, "guild_id"),
            MessageId = payload.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object ? Text(message, "id") : null,
        };
    }

    private static string? Text(JsonElement element, string property) => JsonFields.Text(element, property);
}
