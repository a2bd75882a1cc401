namespace ClipBot.Core.Commands.Reels;

/// <summary>One sub-command of <c>/reel</c>; one small class each, like the commands themselves.</summary>
internal interface IReelSubcommand
{
    /// <summary>The words after <c>/reel</c> that select it; one class may serve several (open, vote, lock).</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>One line for the /reel help.</summary>
    string Usage { get; }

    /// <summary>Run by band admins only; everyone else is refused before the sub-command runs.</summary>
    bool AdminOnly { get; }

    /// <summary>Whether it works on the channel's reel, which must then exist; create and link do not.</summary>
    bool NeedsReel { get; }

    Task<CommandOutcome> HandleAsync(ReelInvocation invocation, CancellationToken cancellationToken);
}
