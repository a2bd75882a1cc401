using ClipBot.Core.Chat;
using ClipBot.Core.Reels;

namespace ClipBot.Core.Commands.Reels;

/// <summary>/reel link id: makes this channel, on any platform, part of an existing reel's contest.</summary>
internal sealed class ReelLinkCommand(IReelStore reels, ReelUpdater updater) : IReelSubcommand
{
    public IReadOnlyList<string> Names => ["link"];

    public string Usage => "link <reel id>: run an existing reel's contest in this channel too";

    public bool AdminOnly => true;

    public bool NeedsReel => false;

    public async Task<CommandOutcome> HandleAsync(ReelInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!ReelId.TryParse(invocation.Arguments.Trim().ToLowerInvariant(), out var id))
        {
            return CommandOutcome.Refused("Give the reel's id, e.g. `/reel link abcd2345`; `/reel create` printed it.");
        }

        var channel = invocation.Command.Channel;
        if (await reels.FindByChannelAsync(channel, cancellationToken) == id)
        {
            return CommandOutcome.Refused("This channel is already part of that reel.");
        }

        if (await reels.GetAsync(id, cancellationToken) is null)
        {
            return CommandOutcome.Refused($"There is no reel `{id}`; check the id `/reel create` printed.");
        }

        await updater.UnlinkAsync(channel, cancellationToken);
        var linked = await updater.UpdateAsync(
            id,
            reel => reel with { Channels = [.. reel.Channels.Where(c => c != channel), channel] },
            cancellationToken);
        if (!linked.IsSuccess)
        {
            return CommandOutcome.Refused(linked.Error.Message);
        }

        var reel = linked.Value;
        return new CommandOutcome(
            new ChatReply($"This channel is now part of “{reel.Name}” ({ReelText.Shots(reel.Slots.Count)}, {ReelPhases.Describe(reel.Phase)}).", Ephemeral: false),
            Accepted: true);
    }
}
