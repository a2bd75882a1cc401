using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Reels;

namespace ClipBot.Host.Studio;

/// <summary>
/// Runs <c>/reel</c> commands on a reel named by id, as the Studio API's calls do. The commands act on the
/// reel of the channel they come from, and the Studio's chat channel runs one reel at a time; so each reel
/// gets a Studio channel of its own, <c>studio/reel-ID</c>, linked to it with <c>/reel link</c> the first time
/// the API acts on it. The command then passes every check a chat command passes: one rule path.
/// </summary>
internal sealed class StudioReelCommands(IReelStore reels, ICommandDispatcher dispatcher)
{
    public static ChannelRef ChannelOf(ReelId reel) => new(ChannelRef.StudioPlatform, "reel-" + reel.Value);

    /// <param name="text">The command as typed, e.g. <c>/reel vote --until 2h</c> or <c>/vote abcd2345efgh</c>.</param>
    public async Task<CommandOutcome> RunAsync(ReelId reel, string text, ChatUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var channel = ChannelOf(reel);
        if (await reels.FindByChannelAsync(channel, cancellationToken) != reel)
        {
            var linked = await dispatcher.DispatchAsync(new ChatCommand("reel", $"link {reel}", user, channel), cancellationToken);

            // Two first calls at once both link; the one that finds the link made is refused, and that is fine.
            if (!linked.Accepted && await reels.FindByChannelAsync(channel, cancellationToken) != reel)
            {
                return linked;
            }
        }

        var command = ChatCommand.FromText(text, user, channel)
            ?? throw new ArgumentException($"'{text}' is not a command.", nameof(text));
        return await dispatcher.DispatchAsync(command, cancellationToken);
    }
}
