using System.Text;
using ClipBot.Core.Chat;
using ClipBot.Core.Reels;

namespace ClipBot.Core.Commands.Reels;

/// <summary>/reel export: the ballots as CSV, the credits as text and the shot list as JSON, as files.</summary>
internal sealed class ReelExportCommand(IBallotBox ballots, ReelStandings standings) : IReelSubcommand
{
    public IReadOnlyList<string> Names => ["export"];

    public string Usage => "export: the ballots (CSV), the credits and the shot list (JSON)";

    public bool AdminOnly => true;

    public bool NeedsReel => true;

    public async Task<CommandOutcome> HandleAsync(ReelInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var reel = invocation.RequiredReel;
        var shots = reel.Slots.Select(s => s.Index).ToHashSet();
        var all = (await ballots.ListBallotsAsync(reel.Id, cancellationToken)).Where(b => shots.Contains(b.Slot)).ToList();

        var ranked = await standings.ForReelAsync(reel, cancellationToken);
        var reply = new ChatReply($"The records of “{reel.Name}”: {all.Count} ballots, the credits and the shot list.", Ephemeral: true)
        {
            Files =
            [
                new ChatFile($"reel-{reel.Id}-ballots.csv", "text/csv", Encoding.UTF8.GetBytes(ReelExport.BallotsCsv(all))),
                new ChatFile($"reel-{reel.Id}-credits.txt", "text/plain", Encoding.UTF8.GetBytes(ReelExport.Credits(reel, ranked))),
                new ChatFile($"reel-{reel.Id}-shots.json", "application/json", Encoding.UTF8.GetBytes(ReelExport.ShotsJson(reel))),
            ],
        };
        return new CommandOutcome(reply, Accepted: true);
    }
}
