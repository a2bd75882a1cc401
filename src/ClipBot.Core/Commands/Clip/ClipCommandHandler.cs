using System.Globalization;
using ClipBot.Core.Chat;
using ClipBot.Core.Generation;
using ClipBot.Core.Notifications;
using ClipBot.Core.Queue;
using ClipBot.Core.Reels;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Commands.Clip;

/// <summary>/clip: parse the prompt and flags, check the quota, store the take, queue its job, say where it stands.</summary>
internal sealed class ClipCommandHandler(
    ITakeStore store,
    IJobQueue queue,
    IQuotaStore quota,
    ITakeEvents events,
    IVideoGenerator generator,
    ISeedSource seeds,
    ReelSlotBinder slots,
    IReelStore reels,
    IOptions<QueueOptions> queueOptions,
    TimeProvider time,
    ILogger<ClipCommandHandler> logger) : ICommandHandler
{
    public string Name => "clip";

    public string Summary => "make a clip: /clip a neon city at dusk --ar 16:9 --seed 7";

    public async Task<CommandOutcome> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parsed = ClipCommandParser.Parse(command.Arguments, seeds.NextSeed());
        if (!parsed.IsSuccess)
        {
            return CommandOutcome.Refused(parsed.Error.Message);
        }

        var bound = await slots.BindAsync(command.Channel, parsed.Value, cancellationToken);
        if (!bound.IsSuccess)
        {
            return CommandOutcome.Refused(bound.Error.Message);
        }

        // The slot's budget first: unlike the quota it can be given back, so a take refused by one costs neither.
        if (bound.Value is { } forReel
            && await slots.ReserveAsync(forReel.Reel, forReel.Parameters.Slot!.Value, command.Invoker, cancellationToken) is { } overBudget)
        {
            return CommandOutcome.Refused(overBudget);
        }

        if (await CheckQuotaAsync(command.Invoker, cancellationToken) is { } refusal)
        {
            if (bound.Value is { } reserved)
            {
                await slots.ReleaseAsync(reserved.Reel, reserved.Parameters.Slot!.Value, command.Invoker, CancellationToken.None);
            }

            return CommandOutcome.Refused(refusal);
        }

        var now = time.GetUtcNow();
        var take = new Take
        {
            Id = TakeId.New(),
            Parameters = bound.Value?.Parameters ?? parsed.Value,
            Author = command.Invoker,
            Channel = command.Channel,
            Provider = generator.Name,
            Reel = bound.Value?.Reel.Id,
            UploadLimitBytes = command.UploadLimitBytes,
            Status = TakeStatus.Queued,
            CreatedAt = now,
            UpdatedAt = now,
        };

        // The take is stored before its job is queued, so a worker never leases a job whose take is missing.
        try
        {
            await store.CreateAsync(take, cancellationToken);
            if (take.Reel is { } reelId)
            {
                await reels.AddTakeAsync(reelId, take.Parameters.Slot!.Value, take.Id, cancellationToken);
            }

            await queue.EnqueueAsync(new JobRequest(take.Id, command.Invoker.Id), cancellationToken);
        }
        catch when (bound.Value is { } reserved)
        {
            // No job, so no take: the member gets the slot's reserved take back.
            await slots.ReleaseAsync(reserved.Reel, reserved.Parameters.Slot!.Value, command.Invoker, CancellationToken.None);
            throw;
        }

        await events.PublishAsync(take, cancellationToken);
        logger.TakeQueued(take.Id.Value, take.Author.Id, take.Channel.Platform);

        var status = await queue.GetStatusAsync(command.Invoker.Id, cancellationToken);
        var reply = new ChatReply(Describe(take, status), Ephemeral: false) { TakeId = take.Id };
        return new CommandOutcome(reply, Accepted: true, take.Id);
    }

    // Admins run the contest and are exempt; everyone else has Queue:QuotaPerWindow takes per sliding window.
    private async Task<string?> CheckQuotaAsync(ChatUser invoker, CancellationToken cancellationToken)
    {
        if (invoker.IsAdmin)
        {
            return null;
        }

        var options = queueOptions.Value;
        var decision = await quota.TryConsumeAsync(invoker.Id, options.QuotaPerWindow, options.QuotaWindow, cancellationToken);
        if (decision.Allowed)
        {
            return null;
        }

        var retryAt = decision.RetryAt ?? time.GetUtcNow() + options.QuotaWindow;
        var wait = EtaEstimate.Describe(retryAt - time.GetUtcNow()).Replace("about ", "", StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture,
            $"You have queued {options.QuotaPerWindow} takes in the last {options.QuotaWindowMinutes} min, the limit. You can queue again at {retryAt:HH:mm} UTC (in {wait}).");
    }

    private static string Describe(Take take, QueueStatus status)
    {
        var p = take.Parameters;
        var job = status.OwnerJobs.FirstOrDefault(j => j.TakeId == take.Id);
        var place = job?.Position is { } position ? EtaEstimate.InLine(position, status.ReadyIn(position)) : "starting now";
        return string.Create(CultureInfo.InvariantCulture,
            $"Queued take {take.Id}{(take.Reel is null ? string.Empty : $" for shot {p.Slot}")}: “{Quote(p.Prompt)}” ({p.Aspect.ToWire()}, {p.DurationSeconds} s, seed {p.Seed}); {place}.");
    }

    private static string Quote(string prompt)
    {
        var line = prompt.ReplaceLineEndings(" ");
        return line.Length <= 80 ? line : line[..80] + "…";
    }
}
