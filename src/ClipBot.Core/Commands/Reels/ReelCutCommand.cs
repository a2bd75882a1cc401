using ClipBot.Core.Chat;
using ClipBot.Core.Reels;

namespace ClipBot.Core.Commands.Reels;

/// <summary>/reel cut: renders the current leaders now and posts the cut to every linked channel.</summary>
internal sealed class ReelCutCommand(IReelTimers timers, TimeProvider time) : IReelSubcommand
{
    public IReadOnlyList<string> Names => ["cut"];

    public string Usage => "cut: render the current leaders and post the cut";

    public bool AdminOnly => true;

    public bool NeedsReel => true;

    public async Task<CommandOutcome> HandleAsync(ReelInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var reel = invocation.RequiredReel;

        // The worker renders it: a cut with cold crossfades can take longer than a chat platform waits for a reply.
        await timers.ScheduleAsync(reel.Id, ReelTimer.PostCut, time.GetUtcNow(), replace: true, cancellationToken);
        var kind = reel.Phase == ReelPhase.Locked ? "the final cut" : "a cut of the current leaders";
        return new CommandOutcome(new ChatReply($"Rendering {kind} of “{reel.Name}”; it will be posted here in a moment.", Ephemeral: false), Accepted: true);
    }
}
