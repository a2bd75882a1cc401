namespace ClipBot.Discord.Rest;

/// <summary>
/// The JSON error codes (the <c>code</c> of Discord's error body, D0) that decide what a caller does next;
/// <see cref="DiscordErrors"/> turns them into <see cref="ClipBot.Core.Results.Error"/>s.
/// </summary>
internal static class DiscordErrorCodes
{
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int UnknownWebhook = 10015;

    /// <summary>The interaction's token expired, or its first answer missed the 3 s.</summary>
    public const int UnknownInteraction = 10062;

    public const int MaxAttachments = 30015;
    public const int MaxDailyCommandCreates = 30034;
    public const int RequestEntityTooLarge = 40005;
    public const int InteractionAlreadyAcknowledged = 40060;
    public const int MaxFollowUps = 40094;
    public const int MissingAccess = 50001;
    public const int EmptyMessage = 50006;
    public const int MissingPermissions = 50013;
    public const int InvalidWebhookToken = 50027;

    /// <summary>A field is wrong (or the Content-Type is); the <c>errors</c> object says which.</summary>
    public const int InvalidFormBody = 50035;

    public const int FileTooLarge = 50045;
}
