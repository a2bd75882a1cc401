namespace ClipBot.Media.Cut;

/// <summary>A cut's files, found and indexed: the takes' files in shot order and the song's.</summary>
internal sealed record CutInputs(IReadOnlyList<string> ShotPaths, IReadOnlyList<Mp4VideoTrack> Tracks, string? SongPath);
