using System.Globalization;
using ClipBot.Core.Chat;
using ClipBot.Core.Generation;
using ClipBot.Core.Notifications;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;

namespace ClipBot.Core.Commands.Clip;

/// <summary>/clip: parse the prompt and flags, store the take, queue its job.</summary>
internal sealed class ClipCommandHandler(
    ITakeStore store,
    IJobQueue queue,
    ITakeEvents events,
    IVideoGenerator generator,
    ISeedSource seeds,
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

        var now = time.GetUtcNow();
        var take = new Take
        {
            Id = TakeId.New(),
            Parameters = parsed.Value,
            Author = command.Invoker,
            Channel = command.Channel,
            Provider = generator.Name,
            Status = TakeStatus.Queued,
            CreatedAt = now,
            UpdatedAt = now,
        };

        // The take is stored before its job is queued, so a worker never leases a job whose take is missing.
        await store.CreateAsync(take, cancellationToken);
        await queue.EnqueueAsync(take.Id, cancellationToken);
        await events.PublishAsync(take, cancellationToken);
        logger.TakeQueued(take.Id.Value, take.Author.Id, take.Channel.Platform);

        var waiting = await queue.CountQueuedAsync(cancellationToken);
        var reply = new ChatReply(Describe(take, waiting), Ephemeral: false) { TakeId = take.Id };
        return new CommandOutcome(reply, Accepted: true, take.Id);
    }

    private static string Describe(Take take, long waiting)
    {
        var p = take.Parameters;
        var ahead = waiting <= 1 ? "up next" : string.Create(CultureInfo.InvariantCulture, $"{waiting - 1} ahead of it");
        return string.Create(CultureInfo.InvariantCulture,
            $"Queued take {take.Id}: “{Quote(p.Prompt)}” ({p.Aspect.ToWire()}, {p.DurationSeconds} s, seed {p.Seed}); {ahead}.");
    }

    private static string Quote(string prompt)
    {
        var line = prompt.ReplaceLineEndings(" ");
        return line.Length <= 80 ? line : line[..80] + "…";
    }
}
