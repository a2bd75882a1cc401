using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Options;

namespace ClipBot.Core.Commands.Clip;

/// <summary>
/// Ties a <c>/clip --slot N</c> take to the channel's reel: the reel must be open and have the slot, the
/// prompt must keep to its style lock, and the member must have takes left for the slot. The take gets
/// the slot's length, the reel's aspect, the slot's brief and the reel's style in its prompt.
/// </summary>
internal sealed class ReelSlotBinder(IReelStore reels, IOptions<ReelOptions> options)
{
    /// <summary>The reel and the parameters its slot sets; null for a take that names no slot.</summary>
    public async Task<Result<(Reel Reel, ClipParameters Parameters)?>> BindAsync(
        ChannelRef channel, ClipParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Slot is not { } index)
        {
            return Result<(Reel, ClipParameters)?>.Success(null);
        }

        var reel = await reels.FindByChannelAsync(channel, cancellationToken) is { } id ? await reels.GetAsync(id, cancellationToken) : null;
        if (reel is null)
        {
            return Error.Invalid("`--slot` is for reels, and this channel has none. Leave it out for a clip on its own.");
        }

        if (reel.Phase != ReelPhase.Open)
        {
            return new Error(ErrorKind.Forbidden, $"“{reel.Name}” is {ReelPhases.Describe(reel.Phase)}, so it takes no new takes.");
        }

        if (reel.FindSlot(index) is not { } slot)
        {
            return Error.Invalid($"“{reel.Name}” has shots 1 to {reel.Slots.Count}; `--slot {index}` is not one of them.");
        }

        if (reel.Style.FindBanned(parameters.Prompt) is { } banned)
        {
            return Error.Invalid($"“{banned}” is not allowed in prompts for “{reel.Name}”.");
        }

        var prompt = reel.Style.Apply(parameters.Prompt, slot.Brief);
        if (prompt.Length > ClipParameters.MaxPromptLength)
        {
            return Error.Invalid($"With the reel's style and the shot's brief the prompt has {prompt.Length} characters; the limit is {ClipParameters.MaxPromptLength}. Shorten it.");
        }

        // Generators make whole seconds; ingest trims the take to the slot or holds its last frame.
        var seconds = (int)Math.Clamp(Math.Ceiling(slot.DurationSeconds - 0.001), ClipParameters.MinDurationSeconds, ClipParameters.MaxDurationSeconds);
        var bound = parameters with { Prompt = prompt, DurationSeconds = seconds, Aspect = AspectOf(reel) };
        return Result<(Reel, ClipParameters)?>.Success((reel, bound));
    }

    /// <summary>Counts the take against the member's budget for the slot; admins run the contest and have none.</summary>
    public async Task<string?> ReserveAsync(Reel reel, int slot, ChatUser member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        ArgumentNullException.ThrowIfNull(member);
        var max = options.Value.TakesPerMemberPerSlot;
        return member.IsAdmin || await reels.TryReserveTakeAsync(reel.Id, slot, member.Id, max, cancellationToken)
            ? null
            : $"You have made {max} takes for shot {slot} of “{reel.Name}”, the most one member may make.";
    }

    /// <summary>Gives back a take <see cref="ReserveAsync"/> counted, when its job could not be queued.</summary>
    public async Task ReleaseAsync(Reel reel, int slot, ChatUser member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        ArgumentNullException.ThrowIfNull(member);
        if (!member.IsAdmin)
        {
            await reels.ReleaseTakeAsync(reel.Id, slot, member.Id, cancellationToken);
        }
    }

    private static AspectRatio AspectOf(Reel reel)
    {
        var canvas = reel.Canvas;
        return Enum.GetValues<AspectRatio>().FirstOrDefault(a => a.Canvas() == (canvas.Width, canvas.Height), AspectRatio.Landscape16x9);
    }
}
