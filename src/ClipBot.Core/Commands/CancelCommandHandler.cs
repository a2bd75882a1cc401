using ClipBot.Core.Chat;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;

namespace ClipBot.Core.Commands;

/// <summary>/cancel take: the author or an admin stops a queued or running take.</summary>
internal sealed class CancelCommandHandler(
    ITakeStore store,
    IJobQueue queue,
    IJobCancellations cancellations,
    TakeUpdater updater,
    ILogger<CancelCommandHandler> logger) : ICommandHandler
{
    public string Name => "cancel";

    public string Summary => "stop one of your takes that is queued or running: /cancel <take id>";

    public async Task<CommandOutcome> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = command.Arguments.Trim();
        if (text.Length == 0)
        {
            return CommandOutcome.Refused("Say which take to cancel: /cancel <take id>. /queue lists yours.");
        }

        var take = TakeId.TryParse(text.ToLowerInvariant(), out var takeId) ? await store.GetAsync(takeId, cancellationToken) : null;
        if (take is null)
        {
            var shown = text.Length <= 24 ? text : text[..24] + "…";
            return CommandOutcome.Refused($"There is no take `{shown}`. /queue lists yours.");
        }

        if (take.Author.Id != command.Invoker.Id && !command.Invoker.IsAdmin)
        {
            return CommandOutcome.Refused($"Only the author of take {take.Id} or an admin can cancel it.");
        }

        if (take.Status.IsFinal() || take.Status == TakeStatus.Ready)
        {
            return CommandOutcome.Refused($"Take {take.Id} is already {take.Status.ToWire()}; there is nothing to cancel.");
        }

        // The status goes first: a worker that reaches its next step sees it and stops, even if the signal
        // below is lost.
        await updater.SaveAsync(take with { Status = TakeStatus.Cancelled, Progress = 0, FailureReason = null }, cancellationToken);
        if (await queue.CancelAsync(take.Id, cancellationToken) == CancelOutcome.Running)
        {
            await cancellations.SignalAsync(take.Id, cancellationToken);
        }

        logger.TakeCancelled(take.Id.Value, command.Invoker.Id);
        return new CommandOutcome(new ChatReply($"Cancelled take {take.Id}.", Ephemeral: true) { TakeId = take.Id }, Accepted: true);
    }
}
