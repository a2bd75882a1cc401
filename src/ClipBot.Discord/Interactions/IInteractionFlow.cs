namespace ClipBot.Discord.Interactions;

/// <summary>One small handler per kind of interaction: slash commands, button clicks, modal submits.</summary>
internal interface IInteractionFlow
{
    InteractionType Type { get; }

    /// <summary>The first answer, due within 3 s (ClipBot aims under 100 ms), and what follows it. Quick: no work beyond a lookup.</summary>
    Task<InteractionPlan> PlanAsync(Interaction interaction, CancellationToken cancellationToken);
}
