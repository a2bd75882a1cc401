using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Songs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Commands.Reels;

/// <summary>/reel create: imports the song (the command's attachment), makes the slots and starts the reel in this channel.</summary>
internal sealed class ReelCreateCommand(
    IReelStore reels, ReelUpdater updater, ISongLibrary songs, IOptions<ReelOptions> options, TimeProvider time, ILogger<ReelCreateCommand> logger)
    : IReelSubcommand
{
    // A song and a typed shot list may differ by rounding, but not by a shot nobody asked for.
    private const double SongSlack = 0.05;

    // Below this, a song's credits would leave too little for the shots.
    private const double MinSongForCredits = 5;

    public IReadOnlyList<string> Names => ["create"];

    public string Usage => "create <name> [song attached] [--shots 4,4,4 | --bpm 120 --bars 2 | --slots 12] [--ar 16:9] [--tallies hidden] …";

    public bool AdminOnly => true;

    public bool NeedsReel => false;

    public async Task<CommandOutcome> HandleAsync(ReelInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var command = invocation.Command;
        var draft = ReelCreateParser.Parse(invocation.Arguments);
        if (!draft.IsSuccess)
        {
            return CommandOutcome.Refused(draft.Error.Message);
        }

        if (command.Attachments.Count > 1)
        {
            return CommandOutcome.Refused("Attach one song, not several.");
        }

        Song? song = null;
        if (command.Attachments.Count == 1)
        {
            var imported = await songs.ImportAsync(command.Attachments[0].LocalPath, cancellationToken);
            if (!imported.IsSuccess)
            {
                return CommandOutcome.Refused(imported.Error.Message);
            }

            song = imported.Value;
        }

        // The credits play over the song's last seconds, so the shots end before it; a song too short for that has none.
        var credits = options.Value.CreditsSeconds;
        if (song is not null && song.DurationSeconds - credits < MinSongForCredits)
        {
            credits = 0;
        }

        var shots = await MakeShotsAsync(draft.Value.Shots, song, credits, cancellationToken);
        if (!shots.IsSuccess)
        {
            return CommandOutcome.Refused(shots.Error.Message);
        }

        await updater.UnlinkAsync(command.Channel, cancellationToken);
        var reel = await reels.CreateAsync(
            new Reel
            {
                Id = ReelId.New(),
                Name = draft.Value.Name,
                Song = song,
                Canvas = draft.Value.Canvas,
                Slots = shots.Value.Select(s => new Slot(s.Index, s.StartSeconds, s.DurationSeconds)).ToList(),
                Style = draft.Value.Style,
                Rules = draft.Value.Rules,
                Channels = [command.Channel],
                CreatedBy = command.Invoker,
                CreatedAt = time.GetUtcNow(),
                TransitionSeconds = draft.Value.TransitionSeconds,
                CreditsSeconds = credits,
            },
            cancellationToken);
        logger.ReelCreated(reel.Id.Value, command.Invoker.Id, command.Channel.Platform, reel.Slots.Count);

        var length = ReelText.Seconds(reel.DurationSeconds);
        var sound = song is null ? "silent" : $"{length} of song";
        var text = $"Reel “{reel.Name}” is open: {ReelText.Shots(reel.Slots.Count)}, {sound}. Its id is `{reel.Id}` (for `/reel link` in other channels). "
            + "Make takes with `/clip <prompt> --slot N`; see the shots with `/reel shots`.";
        return new CommandOutcome(new ChatReply(text, Ephemeral: false), Accepted: true) { ReelId = reel.Id };
    }

    private async Task<Result<IReadOnlyList<Shot>>> MakeShotsAsync(ShotSpec spec, Song? song, double credits, CancellationToken cancellationToken)
    {
        if (song is null)
        {
            return spec switch
            {
                { Durations: { } durations } => ShotList.FromDurations(durations, null),
                { EqualSlots: { } count } => ShotList.FromDurations(Enumerable.Repeat(spec.SilentSlotSeconds, count).ToList(), null),
                _ => Error.Invalid("A reel without a song needs its shots: `--shots 4,4,4` or `--slots 12 --seconds 4`. Or attach the song."),
            };
        }

        var length = song.DurationSeconds - credits;
        if (spec.Durations is { } typed)
        {
            var sum = typed.Sum();
            return sum < length - SongSlack
                ? Error.Invalid($"The shots add up to {ReelText.Seconds(sum)}, but the song has {ReelText.Seconds(length)} before the {ReelText.Seconds(credits)} of credits; make them cover it.")
                : ShotList.FromDurations(typed, length);
        }

        if (spec.EqualSlots is { } slots)
        {
            return length / slots < ShotList.MinShotSeconds
                ? Error.Invalid($"{slots} shots of a {ReelText.Seconds(length)} song would last under {ShotList.MinShotSeconds} s each; ask for fewer.")
                : ShotList.FromDurations(Enumerable.Repeat(length / slots, slots).ToList(), length);
        }

        if (spec.Bpm is { } bpm)
        {
            return ShotList.FromTempo(bpm, spec.BarsPerShot, length);
        }

        var beats = await songs.DetectBeatsAsync(song, cancellationToken);
        return beats.IsSuccess ? ShotList.FromBeats(beats.Value, spec.BarsPerShot, length) : beats.Error;
    }
}
