using ClipBot.Core.Chat;
using ClipBot.Core.Results;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Sends the reply to an interaction where its first answer left room for it: into the deferred "thinking…"
/// message (<c>@original</c>), or as a follow-up after a button's deferred update. A reply for the invoker
/// alone never lands in a message the channel sees.
/// </summary>
internal sealed class InteractionReplies(IDiscordRest rest, ReplyRenderer renderer, ILogger<InteractionReplies> logger)
{
    /// <summary>What the invoker reads when something unexpected failed; the exception stays in the log.</summary>
    public const string Failure = "Something went wrong on our side. Try again in a moment.";

    /// <summary>What the channel reads in place of "thinking…" when the answer turned out to be for the invoker alone.</summary>
    public const string AnsweredPrivately = "ClipBot answered privately.";

    /// <summary>Sends the reply; true when it is in <c>@original</c>, which the take's progress may then edit.</summary>
    public async Task<bool> SendAsync(Interaction interaction, InteractionResponse first, ChatReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(first);
        using var outgoing = await renderer.RenderAsync(reply, interaction.User, cancellationToken);
        var message = outgoing.Message;
        if (first.Type != InteractionResponse.DeferredChannelMessage)
        {
            // A deferred update left the button's message as it was; the answer is a message of its own.
            Check(interaction, await rest.FollowUpAsync(interaction.Token, message, cancellationToken));
            return false;
        }

        if (reply.Ephemeral && first.Message?.Ephemeral != true)
        {
            // The channel sees the "thinking…" of a deferral made for it. Edits cannot hide a message, so the
            // placeholder says the answer went privately, and the answer follows for the invoker alone. The
            // placeholder goes first: a follow-up sent before it would replace it, visibly.
            Check(interaction, await rest.EditOriginalAsync(interaction.Token, new DiscordMessage(AnsweredPrivately), cancellationToken));
            Check(interaction, await rest.FollowUpAsync(interaction.Token, message with { Ephemeral = true }, cancellationToken));
            return false;
        }

        return Check(interaction, await rest.EditOriginalAsync(interaction.Token, message, cancellationToken));
    }

    /// <summary>Replaces the message a button is on (after a deferred update) with a line of text and no buttons.</summary>
    public async Task ReplaceAsync(Interaction interaction, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var message = new DiscordMessage(DiscordText.Fit(text, DiscordMessage.MaxContentLength)) { Components = [] };
        Check(interaction, await rest.EditOriginalAsync(interaction.Token, message, cancellationToken));
    }

    public Task<bool> FailAsync(Interaction interaction, InteractionResponse first, CancellationToken cancellationToken) =>
        SendAsync(interaction, first, ChatReply.Refusal(Failure), cancellationToken);

    private bool Check<T>(Interaction interaction, Result<T> sent)
    {
        if (!sent.IsSuccess)
        {
            logger.ReplyNotSent(interaction.Id, sent.Error.Message);
        }

        return sent.IsSuccess;
    }
}
