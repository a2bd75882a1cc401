using ClipBot.Discord.Rest;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// The first answer to an interaction, sent at once, and the work that follows it (null when the answer is all).
/// </summary>
internal sealed record InteractionPlan(InteractionResponse Response, Func<CancellationToken, Task>? Then = null)
{
    /// <summary>"Thinking…", for the invoker alone or for the channel, until the work edits <c>@original</c>.</summary>
    public static InteractionResponse Deferral(bool ephemeral) =>
        new(InteractionResponse.DeferredChannelMessage, new DiscordMessage(null) { Ephemeral = ephemeral });

    /// <summary>A button's answer later, without a "thinking…" message: the work edits the message the button is on.</summary>
    public static InteractionResponse DeferredUpdate { get; } = new(InteractionResponse.DeferredUpdate);

    /// <summary>The first answer, and the work after it, which learns the answer: where its reply goes depends on it.</summary>
    public static InteractionPlan After(InteractionResponse first, Func<InteractionResponse, CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return new(first, cancellationToken => work(first, cancellationToken));
    }

    /// <summary>A message now, for the invoker alone: a refusal that needs no work.</summary>
    public static InteractionPlan Private(string text) =>
        new(new InteractionResponse(InteractionResponse.ChannelMessage, new DiscordMessage(DiscordText.Fit(text, DiscordMessage.MaxContentLength)) { Ephemeral = true }));
}
