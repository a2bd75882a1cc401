namespace ClipBot.Discord.Tests.Fakes;

/// <summary>The routes <see cref="FakeDiscordRest"/> serves: one per <c>IDiscordRest</c> call, and the rest.</summary>
internal enum FakeDiscordRestRoute
{
    /// <summary><c>POST /interactions/{interactionId}/{interactionToken}/callback</c>; 204 by default.</summary>
    InteractionCallback,

    /// <summary><c>PATCH /webhooks/{applicationId}/{interactionToken}/messages/@original</c>; a message object.</summary>
    EditOriginal,

    /// <summary><c>POST /webhooks/{applicationId}/{interactionToken}</c>; a message object with a new id.</summary>
    FollowUp,

    /// <summary><c>POST /channels/{channelId}/messages</c>; a message object with a new id.</summary>
    CreateMessage,

    /// <summary><c>DELETE /channels/{channelId}/messages/{messageId}</c>; 204 by default.</summary>
    DeleteMessage,

    /// <summary><c>PUT /applications/{applicationId}/commands</c>; the commands back, with ids.</summary>
    OverwriteGlobalCommands,

    /// <summary><c>PUT /applications/{applicationId}/guilds/{guildId}/commands</c>; the commands back, with ids.</summary>
    OverwriteGuildCommands,

    /// <summary><c>GET /gateway/bot</c>; <see cref="FakeDiscordRest.GatewayUrl"/> and a session start limit.</summary>
    GatewayBot,

    /// <summary>Anything else; 404 with Discord's body by default.</summary>
    Other,
}
