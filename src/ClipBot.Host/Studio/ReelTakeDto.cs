using ClipBot.Core.Chat;
using ClipBot.Core.Reels;

namespace ClipBot.Host.Studio;

/// <summary>A finished take in a slot's standing: what the reel page shows of it, and its votes unless they are hidden.</summary>
/// <param name="Votes">Null while the reel hides its tallies.</param>
/// <param name="DuelScore">The Bradley–Terry score when the reel ranks by duels; null otherwise and while hidden.</param>
internal sealed record ReelTakeDto(
    string Id,
    string Author,
    string Prompt,
    uint Seed,
    string? VideoUrl,
    string? PosterUrl,
    long? Votes,
    double? DuelScore,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ChatButton> Buttons)
{
    public static ReelTakeDto From(TakeStanding standing, Reel reel, bool hidden)
    {
        ArgumentNullException.ThrowIfNull(standing);
        var take = TakeDto.From(standing.Take, reel);
        return new ReelTakeDto(
            take.Id,
            take.Author,
            take.Prompt,
            take.Seed,
            take.VideoUrl,
            take.PosterUrl,
            hidden ? null : standing.Votes,
            hidden ? null : standing.DuelScore,
            take.CreatedAt,
            take.Buttons);
    }
}
