using ClipBot.Core.Results;

namespace ClipBot.Core.Songs;

/// <summary>Songs uploaded for reels: checked, stored once as AAC, and listened to for their beats.</summary>
public interface ISongLibrary
{
    /// <summary>
    /// Probes an uploaded audio file (mp3, m4a, wav, flac, ogg; at most 50 MB and 15 minutes) and stores it
    /// as AAC under a generated name. Anything else is refused with a clear <see cref="ErrorKind.Invalid"/> error.
    /// </summary>
    Task<Result<Song>> ImportAsync(string uploadPath, CancellationToken cancellationToken);

    /// <summary>Estimates the tempo and the beat times from the onset energy of the decoded audio.</summary>
    Task<Result<BeatGrid>> DetectBeatsAsync(Song song, CancellationToken cancellationToken);
}
