using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Host.Studio;

/// <summary>A take as the Studio API and its live events show it, with the buttons the page draws under it.</summary>
internal sealed record TakeDto(
    string Id,
    string Status,
    string Prompt,
    uint Seed,
    string Aspect,
    int DurationSeconds,
    string Camera,
    int Motion,
    string? Negative,
    string? Style,
    int? Slot,
    string? Reel,
    string Author,
    string Provider,
    int Progress,
    string? VideoUrl,
    string? PosterUrl,
    int? Width,
    int? Height,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ChatButton> Buttons)
{
    /// <param name="reel">The take's reel when it has one and it was found; it decides whether the take has a Vote button.</param>
    public static TakeDto From(Take take, Reel? reel = null)
    {
        ArgumentNullException.ThrowIfNull(take);
        var p = take.Parameters;
        var files = take.Artifacts;
        var hasMedia = files is not null && take.Status is TakeStatus.Ready or TakeStatus.Posted;
        return new TakeDto(
            take.Id.Value,
            take.Status.ToWire(),
            p.Prompt,
            p.Seed,
            p.Aspect.ToWire(),
            p.DurationSeconds,
            p.Camera.ToWire(),
            p.Motion,
            p.Negative,
            p.Style,
            p.Slot,
            take.Reel?.Value,
            take.Author.DisplayName,
            take.Provider,
            take.Progress,
            hasMedia ? MediaEndpoints.UrlOf(files!.VideoFile) : null,
            hasMedia ? MediaEndpoints.UrlOf(files!.PosterFile) : null,
            files?.Width,
            files?.Height,
            take.FailureReason,
            take.CreatedAt,
            take.UpdatedAt,
            hasMedia && CanVote(take, reel) ? [new ChatButton("Vote", ChatActions.Vote(take.Id))] : []);
    }

    // The button is an offer, not the rule: /vote still checks every rule (self-votes, account age, role) on click.
    private static bool CanVote(Take take, Reel? reel) =>
        reel is not null && take.Reel == reel.Id && reel.Phase != ReelPhase.Locked;
}
