namespace ClipBot.Core.Songs;

/// <summary>A reel's song, stored once as AAC in the media folder.</summary>
/// <param name="File">The AAC file's name, relative to the media folder.</param>
public sealed record Song(string File, double DurationSeconds);
