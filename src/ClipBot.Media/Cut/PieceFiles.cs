namespace ClipBot.Media.Cut;

/// <summary>
/// The files the concat list plays: every shot's (its take's, or its card's for an empty slot), the
/// crossfades' (in transition order) and the credits card's.
/// </summary>
/// <param name="Cards">The empty slots' cards among <paramref name="Shots"/>.</param>
internal sealed record PieceFiles(IReadOnlyList<string> Shots, IReadOnlyList<string> Cards, IReadOnlyList<string> Transitions, string? Credits)
{
    /// <summary>The pieces that come from the cut's cache: the slot cards, the crossfades and the credits card.</summary>
    public IReadOnlyList<string> Cached => [.. Cards, .. Transitions, .. Credits is null ? (string[])[] : [Credits]];
}
