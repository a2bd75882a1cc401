using ClipBot.Core.Reels;

namespace ClipBot.Host.Studio;

/// <summary>
/// A reel as GET /api/reels/{id} and the "reel" event show it: the shot list with each slot's standing,
/// the rules, the schedule and the latest cut. While the reel hides its tallies (until it locks), votes,
/// leaders, the cut's winners and the credits are null, so nothing here gives the leaders away.
/// </summary>
/// <param name="StudioChat">Whether the Studio's chat box works on this reel (<c>/clip --slot N</c> there makes its takes).</param>
internal sealed record ReelDto(
    string Id,
    string Name,
    string Phase,
    string PhaseText,
    bool StudioChat,
    double DurationSeconds,
    double? SongSeconds,
    int Width,
    int Height,
    int Fps,
    ReelRulesDto Rules,
    bool TalliesHidden,
    ReelScheduleDto? Schedule,
    double TransitionSeconds,
    double CreditsSeconds,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    ReelCutDto? Cut,
    string? Credits,
    IReadOnlyList<SlotDto> Slots)
{
    public static ReelDto From(Reel reel, IReadOnlyList<SlotStanding> standings, bool studioChat)
    {
        ArgumentNullException.ThrowIfNull(reel);
        ArgumentNullException.ThrowIfNull(standings);
        var hidden = TalliesHiddenIn(reel);
        return new ReelDto(
            reel.Id.Value,
            reel.Name,
            ReelWire.Of(reel.Phase),
            ReelPhases.Describe(reel.Phase),
            studioChat,
            reel.DurationSeconds,
            reel.Song?.DurationSeconds,
            reel.Canvas.Width,
            reel.Canvas.Height,
            reel.Canvas.Fps,
            ReelRulesDto.From(reel.Rules),
            hidden,
            reel.Schedule is { } schedule ? new ReelScheduleDto(ReelWire.Of(schedule.Next), schedule.At) : null,
            reel.TransitionSeconds,
            reel.CreditsSeconds,
            reel.CreatedBy.DisplayName,
            reel.CreatedAt,
            reel.Cut is { } cut ? ReelCutDto.From(cut, hidden) : null,
            hidden ? null : ReelExport.Credits(reel, standings),
            standings.Select(s => SlotDto.From(s, reel, hidden)).ToList());
    }

    /// <summary>The same rule as <c>/reel standings</c>: counts stay hidden until the reel locks.</summary>
    public static bool TalliesHiddenIn(Reel reel)
    {
        ArgumentNullException.ThrowIfNull(reel);
        return reel.Rules.HideTallies && reel.Phase != ReelPhase.Locked;
    }
}
