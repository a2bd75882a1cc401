namespace ClipBot.Media.Cut;

/// <summary>The files the concat list plays: the takes', the crossfades' (in transition order) and the card's.</summary>
internal sealed record PieceFiles(IReadOnlyList<string> Shots, IReadOnlyList<string> Transitions, string? Credits);
