namespace ClipBot.Media.Cut;

/// <summary>A cut's files, found and indexed: the takes' files in shot order and the song's.</summary>
/// <param name="ShotPaths">Each shot's take file; null for an empty slot, whose card is rendered later.</param>
/// <param name="Tracks">Each take file's index; null for an empty slot.</param>
internal sealed record CutInputs(IReadOnlyList<string?> ShotPaths, IReadOnlyList<Mp4VideoTrack?> Tracks, string? SongPath)
{
    /// <summary>The first shot with a take, whose encoding every other piece must match; null when all are cards.</summary>
    public int? FirstTake => ShotPaths.ToList().FindIndex(path => path is not null) is var first and >= 0 ? first : null;
}
