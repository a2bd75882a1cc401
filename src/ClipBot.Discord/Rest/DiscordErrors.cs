using System.Net;
using ClipBot.Core.Results;

namespace ClipBot.Discord.Rest;

/// <summary>
/// The errors the REST client returns, with messages fit for chat: they name what went wrong in plain words and
/// never carry Discord's own text, a path or a token (the log line beside them has the details).
/// </summary>
internal static class DiscordErrors
{
    public static readonly Error TokenRefused = new(ErrorKind.Forbidden, "The Discord token was refused; ClipBot stopped using it.");

    public static readonly Error RateLimited = new(ErrorKind.RateLimited, "Discord is rate limiting ClipBot; try again in a moment.");

    public static readonly Error TooManyRefusals = new(
        ErrorKind.RateLimited, "Discord refused too many of ClipBot's requests lately; ClipBot holds its calls for a few minutes.");

    public static readonly Error Unreachable = new(ErrorKind.Transient, "Discord could not be reached; try again in a moment.");

    public static readonly Error TimedOut = new(ErrorKind.Transient, "Discord did not answer in time; try again in a moment.");

    public static readonly Error ServerError = new(ErrorKind.Transient, "Discord had a problem; try again in a moment.");

    public static readonly Error Unreadable = new(ErrorKind.Transient, "Discord's answer could not be read; try again in a moment.");

    public static readonly Error FileMissing = new(ErrorKind.NotFound, "The file to upload is missing.");

    public static readonly Error InteractionExpired = new(ErrorKind.NotFound, "The interaction expired.");

    public static readonly Error FileTooBig = Error.Invalid("The file is too big for this channel.");

    /// <summary>The error for a refusal: by Discord's code where it has a meaning of its own, else by the status.</summary>
    public static Error FromResponse(HttpStatusCode status, int? code) => code switch
    {
        DiscordErrorCodes.UnknownInteraction or DiscordErrorCodes.UnknownWebhook or DiscordErrorCodes.InvalidWebhookToken => InteractionExpired,
        DiscordErrorCodes.UnknownChannel => new(ErrorKind.NotFound, "The channel is gone, or ClipBot can't see it."),
        DiscordErrorCodes.UnknownMessage => new(ErrorKind.NotFound, "The message is gone."),
        DiscordErrorCodes.InteractionAlreadyAcknowledged => Error.Invalid("The interaction was already answered."),
        DiscordErrorCodes.MaxFollowUps => Error.Invalid("The interaction has had all the follow-up messages it may have."),
        DiscordErrorCodes.InvalidFormBody => Error.Invalid("Discord refused the message's form."),
        DiscordErrorCodes.EmptyMessage => Error.Invalid("The message is empty."),
        DiscordErrorCodes.MissingPermissions => new(ErrorKind.Forbidden, "ClipBot lacks a permission it needs in this channel."),
        DiscordErrorCodes.MissingAccess => new(ErrorKind.Forbidden, "ClipBot has no access to this channel."),
        DiscordErrorCodes.FileTooLarge or DiscordErrorCodes.RequestEntityTooLarge => FileTooBig,
        DiscordErrorCodes.MaxAttachments => Error.Invalid("A message can carry at most 10 files."),
        DiscordErrorCodes.MaxDailyCommandCreates => new(ErrorKind.RateLimited, "Discord's daily limit of command creations was reached; try again tomorrow."),
        _ => FromStatus(status),
    };

    private static Error FromStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => new(ErrorKind.Forbidden, "Discord refused ClipBot's credentials for this request."),
        HttpStatusCode.Forbidden => new(ErrorKind.Forbidden, "ClipBot is not allowed to do that here."),
        HttpStatusCode.NotFound => new(ErrorKind.NotFound, "Discord doesn't know that channel, message or interaction."),

        // Cloudflare answers an oversized upload itself, with no JSON body to carry 40005.
        HttpStatusCode.RequestEntityTooLarge => FileTooBig,
        HttpStatusCode.TooManyRequests => RateLimited,
        >= HttpStatusCode.InternalServerError => ServerError,
        _ => Error.Invalid("Discord refused the request."),
    };
}
