using ClipBot.Core.Chat;
using ClipBot.Core.Reels;

namespace ClipBot.Core.Commands.Reels;

/// <summary>A <c>/reel</c> sub-command as typed: which one, the rest of the text, and the channel's reel when it needs one.</summary>
internal sealed record ReelInvocation(ChatCommand Command, string Name, string Arguments, Reel? Reel)
{
    /// <summary>The channel's reel; only for sub-commands with <see cref="IReelSubcommand.NeedsReel"/>.</summary>
    public Reel RequiredReel => Reel ?? throw new InvalidOperationException($"/reel {Name} needs the channel's reel.");
}
