namespace ClipBot.Media.Songs;

/// <summary>The parts of ffprobe's report that decide whether an upload is a song ClipBot takes.</summary>
/// <param name="AudioCodec">The first audio stream's codec, or null when there is no audio at all.</param>
/// <param name="HasPicture">A moving picture; cover art in an mp3, m4a or flac does not count.</param>
internal sealed record SongProbe(string FormatName, double? DurationSeconds, string? AudioCodec, bool HasPicture);
