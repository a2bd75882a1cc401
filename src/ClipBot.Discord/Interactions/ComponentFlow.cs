using ClipBot.Core.Chat;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Discord.Rest;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Button clicks (type 3). Core's actions (Vote, a duel's Left and Right) and Reroll answer the clicker alone,
/// so they are deferred privately; Delete edits the take's own message, so it is a deferred update; Remix must
/// answer with its modal at once, which needs the take's prompt: the one lookup before a first answer.
/// </summary>
internal sealed class ComponentFlow(CommandRunner runner, TakeRemakes remakes, ITakeStore takes, InteractionReplies replies, IDiscordRest rest) : IInteractionFlow
{
    public const string UnknownButton = "That button is not one this ClipBot knows any more; use the commands instead, e.g. `/vote <take>`.";

    public InteractionType Type => InteractionType.MessageComponent;

    public async Task<InteractionPlan> PlanAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (TakeButtons.TryParse(interaction.Name, out var verb, out var take))
        {
            return verb switch
            {
                TakeButtons.Remix => await RemixFormAsync(take, cancellationToken),
                TakeButtons.Delete => InteractionPlan.After(InteractionPlan.DeferredUpdate, (first, token) => DeleteAsync(interaction, first, take, token)),
                _ => InteractionPlan.After(InteractionPlan.Deferral(ephemeral: true), (first, token) => RerollAsync(interaction, first, take, token)),
            };
        }

        return ChatActions.ToCommand(interaction.Name, interaction.User, interaction.Channel) is { } command
            ? InteractionPlan.After(InteractionPlan.Deferral(ephemeral: true), (first, token) => runner.RunAsync(interaction, first, command, token))
            : InteractionPlan.Private(UnknownButton);
    }

    private async Task<InteractionPlan> RemixFormAsync(TakeId take, CancellationToken cancellationToken) =>
        await remakes.FindAsync(take, cancellationToken) is { } found
            ? new InteractionPlan(new InteractionResponse(InteractionResponse.ShowModal, Modal: RemixForm.Build(take, found.Words)))
            : InteractionPlan.Private(TakeRemakes.Gone);

    private async Task RerollAsync(Interaction interaction, InteractionResponse first, TakeId take, CancellationToken cancellationToken)
    {
        if (await remakes.FindAsync(take, cancellationToken) is not { } found)
        {
            await runner.RefuseAsync(interaction, first, TakeRemakes.Gone, cancellationToken);
            return;
        }

        await runner.RunAsync(interaction, first, TakeRemakes.Command(interaction, found.Take, found.Words, keepSeed: false), cancellationToken);
    }

    // Takes the post down and leaves the take in the Studio and its reel; only its author or an admin may.
    private async Task DeleteAsync(Interaction interaction, InteractionResponse first, TakeId id, CancellationToken cancellationToken)
    {
        var take = await takes.GetAsync(id, cancellationToken);
        var user = interaction.User;
        if (!user.IsAdmin && take?.Author.Id != user.Id)
        {
            await runner.RefuseAsync(interaction, first, $"Only the author of take {id} or an admin can delete it.", cancellationToken);
            return;
        }

        // The post goes with its files; where Discord will not delete it, its text and buttons are replaced.
        if (interaction.MessageId is not { } message
            || !(await rest.DeleteMessageAsync(interaction.Channel.ChannelId, message, cancellationToken)).IsSuccess)
        {
            await replies.ReplaceAsync(interaction, $"Take {id} was deleted by {user.DisplayName}.", cancellationToken);
        }
    }
}
