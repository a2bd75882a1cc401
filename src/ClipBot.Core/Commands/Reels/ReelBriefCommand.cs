using System.Globalization;
using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;

namespace ClipBot.Core.Commands.Reels;

/// <summary>/reel brief slot text: what the band wants in a shot; every take for it gets the brief in its prompt.</summary>
internal sealed class ReelBriefCommand(ReelUpdater updater) : IReelSubcommand
{
    public IReadOnlyList<string> Names => ["brief"];

    public string Usage => "brief <shot> <text>: say what a shot should show (an empty text clears it)";

    public bool AdminOnly => true;

    public bool NeedsReel => true;

    public async Task<CommandOutcome> HandleAsync(ReelInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var text = invocation.Arguments;
        var split = text.IndexOfAny([' ', '\t', '\n']);
        var number = split < 0 ? text : text[..split];
        var brief = split < 0 ? string.Empty : text[(split + 1)..].ReplaceLineEndings(" ").Trim();
        var reel = invocation.RequiredReel;
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || reel.FindSlot(index) is null)
        {
            return CommandOutcome.Refused($"Give a shot number from 1 to {reel.Slots.Count}, then the brief: `/reel brief 3 a car on a night road`.");
        }

        if (brief.Length > Slot.MaxBriefLength || brief.Any(char.IsControl))
        {
            return CommandOutcome.Refused($"A brief is plain text of at most {Slot.MaxBriefLength} characters.");
        }

        var updated = await updater.UpdateAsync(
            reel.Id,
            r => (Result<Reel>)(r with { Slots = r.Slots.Select(s => s.Index == index ? s with { Brief = brief.Length == 0 ? null : brief } : s).ToList() }),
            cancellationToken);
        if (!updated.IsSuccess)
        {
            return CommandOutcome.Refused(updated.Error);
        }

        var reply = brief.Length == 0 ? $"Shot {index} has no brief now." : $"Shot {index}'s brief: “{brief}”.";
        return new CommandOutcome(new ChatReply(reply, Ephemeral: false), Accepted: true);
    }
}
