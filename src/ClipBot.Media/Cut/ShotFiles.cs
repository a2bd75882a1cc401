namespace ClipBot.Media.Cut;

/// <summary>
/// What every shot plays once the empty slots' cards are rendered: its file and its index, and the format
/// the cut encodes its own pieces in.
/// </summary>
/// <param name="Cards">The cards among <paramref name="Paths"/>, which come from the cut's cache.</param>
internal sealed record ShotFiles(IReadOnlyList<string> Paths, IReadOnlyList<Mp4VideoTrack> Tracks, IReadOnlyList<string> Cards, PieceFormat Format);
