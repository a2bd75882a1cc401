namespace ClipBot.Media.Cut;

/// <summary>The files the concat list plays: the takes', the crossfades' (in transition order) and the card's.</summary>
internal sealed record PieceFiles(IReadOnlyList<string> Shots, IReadOnlyList<string> Transitions, string? Credits)
{
    /// <summary>The pieces that come from the cut's cache: the crossfades and the card.</summary>
    public IReadOnlyList<string> Cached => Credits is null ? Transitions : [.. Transitions, Credits];
}
