using System.Globalization;
using System.Text;
using ClipBot.Core.Chat;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Commands;

/// <summary>/queue: the invoker's jobs with position, ETA and progress, and how long the whole queue is.</summary>
internal sealed class QueueCommandHandler(IJobQueue queue, ITakeStore store) : ICommandHandler
{
    public string Name => "queue";

    public string Summary => "your takes in the queue, with position, ETA and progress";

    public async Task<CommandOutcome> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var status = await queue.GetStatusAsync(command.Invoker.Id, cancellationToken);
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"Queue: {status.Waiting} waiting, {status.Running} running, {status.Retrying} to retry."));
        if (status.OwnerJobs.Count == 0)
        {
            text.Append(" You have no takes in it.");
        }

        foreach (var job in status.OwnerJobs)
        {
            var take = await store.GetAsync(job.TakeId, cancellationToken);
            text.Append("\n• ").Append(job.TakeId.Value).Append(' ').Append(Describe(job, take, status));
        }

        return new CommandOutcome(new ChatReply(text.ToString(), Ephemeral: true), Accepted: true);
    }

    public static string Describe(QueuedJob job, Take? take, QueueStatus status) => job switch
    {
        { Running: true } => string.Create(CultureInfo.InvariantCulture,
            $"{take?.Status.ToWire() ?? "running"}, {take?.Progress ?? 0}%"),
        { RetryAt: { } at } => string.Create(CultureInfo.InvariantCulture, $"retrying at {at:HH:mm:ss} UTC"),
        { Position: { } position } => EtaEstimate.InLine(position, status.ReadyIn(position)),
        _ => "waiting",
    };
}
