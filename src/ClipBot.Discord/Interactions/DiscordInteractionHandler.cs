using System.Text.Json;
using ClipBot.Discord.Gateway;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Every interaction, from the gateway or the HTTP endpoint, comes here. The first answer is sent at once
/// (a deferral, a modal, or a short private message; due within 3 s, aimed under 100 ms), the work follows.
/// An unexpected exception in the work is logged, and the invoker reads a fixed line, never its text.
/// </summary>
internal sealed class DiscordInteractionHandler(
    IEnumerable<IInteractionFlow> flows,
    IDiscordRest rest,
    InteractionReplies replies,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractionHandler> logger) : IGatewayDispatchHandler
{
    private readonly Dictionary<InteractionType, IInteractionFlow> _flows = flows.ToDictionary(f => f.Type);

    public async Task HandleInteractionAsync(JsonElement interaction, CancellationToken cancellationToken)
    {
        var work = await AnswerAsync(interaction, cancellationToken);
        await work;
    }

    /// <summary>Sends the first answer, and starts the work after it; the returned task is that work.</summary>
    public async Task<Task> AnswerAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var parsed = InteractionParser.Parse(payload, [.. options.Value.AdminRoleIds], time.GetUtcNow());
        if (!parsed.IsSuccess)
        {
            logger.InteractionUnreadable(parsed.Error.Message);
            return Task.CompletedTask;
        }

        var interaction = parsed.Value;
        if (!_flows.TryGetValue(interaction.Type, out var flow))
        {
            logger.InteractionIgnored(interaction.Id, interaction.Type);
            return Task.CompletedTask;
        }

        InteractionPlan plan;
        try
        {
            plan = await flow.PlanAsync(interaction, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.InteractionFailed(exception, interaction.Id, interaction.Type, interaction.Name);
            plan = InteractionPlan.Private(InteractionReplies.Failure);
        }

        var answered = await rest.RespondAsync(interaction.Id, interaction.Token, plan.Response, cancellationToken);
        var elapsed = time.GetElapsedTime(started);
        logger.InteractionAnswered(interaction.Id, interaction.Type, interaction.Name, plan.Response.Type, elapsed.TotalMilliseconds);
        if (!answered.IsSuccess)
        {
            // Without a first answer the token is dead (10062): there is nowhere to send the rest.
            logger.InteractionNotAnswered(interaction.Id, answered.Error.Message);
            return Task.CompletedTask;
        }

        return plan.Then is { } then
            ? Task.Run(() => FollowAsync(interaction, plan.Response, then, cancellationToken), CancellationToken.None)
            : Task.CompletedTask;
    }

    private async Task FollowAsync(Interaction interaction, InteractionResponse first, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down; the "thinking…" message lapses with its token.
        }
        catch (Exception exception)
        {
            logger.InteractionFailed(exception, interaction.Id, interaction.Type, interaction.Name);
            await replies.FailAsync(interaction, first, cancellationToken);
        }
    }
}
