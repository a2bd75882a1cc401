using ClipBot.Core.Notifications;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using ClipBot.Discord.Interactions;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Notifications;

/// <summary>
/// Posts a finished take as a new message in the channel it was asked for in, not as an edit of the
/// interaction's reply: that token lasts 15 minutes, and a take may take longer. A failed post is the
/// runner's to retry or give up on, by the error's kind.
/// </summary>
internal sealed class DiscordTakeNotifier(IDiscordRest rest, TakeMessages messages, ILogger<DiscordTakeNotifier> logger) : ITakeNotifier
{
    public string Platform => InteractionParser.Platform;

    public async Task<Result<bool>> PostAsync(Take take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(take);
        using var outgoing = await messages.RenderAsync(take, cancellationToken);
        var posted = await rest.CreateMessageAsync(take.Channel.ChannelId, outgoing.Message, cancellationToken);
        if (!posted.IsSuccess)
        {
            logger.TakeNotPosted(take.Id.Value, take.Channel.ChannelId, posted.Error.Message);
            return posted.Error;
        }

        logger.TakePosted(take.Id.Value, take.Channel.ChannelId, posted.Value, outgoing.Message.Files.Count > 1 ? "with its video" : "with a link");
        return true;
    }
}
