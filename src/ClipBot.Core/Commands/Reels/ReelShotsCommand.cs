using System.Text;
using ClipBot.Core.Chat;
using ClipBot.Core.Reels;

namespace ClipBot.Core.Commands.Reels;

/// <summary>/reel shots: the shot list with times, labels and briefs.</summary>
internal sealed class ReelShotsCommand : IReelSubcommand
{
    // Chat messages have room for about 2,000 characters; a long list says how many more there are.
    private const int MaxLength = 1800;

    public IReadOnlyList<string> Names => ["shots"];

    public string Usage => "shots: the shot list with times and briefs";

    public bool AdminOnly => false;

    public bool NeedsReel => true;

    public Task<CommandOutcome> HandleAsync(ReelInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var reel = invocation.RequiredReel;
        var text = new StringBuilder($"“{reel.Name}”: {ReelText.Shots(reel.Slots.Count)}, {ReelPhases.Describe(reel.Phase)}.");
        foreach (var slot in reel.Slots)
        {
            var line = $"\n{slot.Index}. {ReelText.Clock(slot.StartSeconds)}–{ReelText.Clock(slot.EndSeconds)} ({ReelText.Seconds(slot.DurationSeconds)})"
                + (slot.Label is null ? string.Empty : $" [{slot.Label}]")
                + (slot.Brief is null ? string.Empty : $": {ReelText.Quote(slot.Brief, 100)}");
            if (text.Length + line.Length > MaxLength)
            {
                text.Append($"\n… and {reel.Slots.Count - slot.Index + 1} more; the Studio shows them all.");
                break;
            }

            text.Append(line);
        }

        return Task.FromResult(new CommandOutcome(new ChatReply(text.ToString(), Ephemeral: true), Accepted: true));
    }
}
