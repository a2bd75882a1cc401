using ClipBot.Core.Takes;
using ClipBot.Discord.Rest;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Modal submits (type 5): the Remix form. Deferred privately at once; then the edited prompt is queued through
/// <c>/clip</c> with the take's settings and seed (a flag typed in the form wins), as the submitting member.
/// </summary>
internal sealed class ModalFlow(CommandRunner runner, TakeRemakes remakes) : IInteractionFlow
{
    public const string UnknownForm = "That form is not one this ClipBot knows any more; use `/clip` instead.";

    public InteractionType Type => InteractionType.ModalSubmit;

    public Task<InteractionPlan> PlanAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var plan = TakeButtons.TryParse(interaction.Name, out var verb, out var take) && verb == TakeButtons.Remix
            && RemixForm.ReadPrompt(interaction.Data) is { } prompt
            ? InteractionPlan.After(InteractionPlan.Deferral(ephemeral: true), (first, token) => RemixAsync(interaction, first, take, prompt, token))
            : InteractionPlan.Private(UnknownForm);
        return Task.FromResult(plan);
    }

    private async Task RemixAsync(Interaction interaction, InteractionResponse first, TakeId take, string prompt, CancellationToken cancellationToken)
    {
        if (await remakes.FindAsync(take, cancellationToken) is not { } found)
        {
            await runner.RefuseAsync(interaction, first, TakeRemakes.Gone, cancellationToken);
            return;
        }

        await runner.RunAsync(interaction, first, TakeRemakes.Command(interaction, found.Take, prompt, keepSeed: true), cancellationToken);
    }
}
