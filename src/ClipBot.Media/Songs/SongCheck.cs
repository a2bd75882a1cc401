using System.Globalization;
using ClipBot.Core.Results;

namespace ClipBot.Media.Songs;

/// <summary>Decides, from the size and the probe, whether an upload is a song ClipBot takes.</summary>
internal static class SongCheck
{
    public const string Formats = "mp3, m4a, wav, flac or ogg";

    // ffprobe's demuxer names for the accepted formats; "aac" is a bare ADTS stream, "mp4" covers m4a.
    private static readonly string[] AcceptedFormats = ["mp3", "mp4", "m4a", "aac", "wav", "flac", "ogg"];

    public static Error? CheckSize(long bytes) => bytes > SongLimits.MaxBytes
        ? Error.Invalid(string.Create(
            CultureInfo.InvariantCulture,
            $"That file is {bytes / (1024.0 * 1024):0} MB; a song can be at most {SongLimits.MaxMegabytes} MB."))
        : null;

    /// <summary>The song's length in seconds, or why it is refused.</summary>
    public static Result<double> Decide(SongProbe? probe)
    {
        if (probe is null)
        {
            return Error.Invalid($"That file is not audio ClipBot can read; send the song as {Formats}.");
        }

        if (probe.AudioCodec is null)
        {
            return Error.Invalid($"That file has no audio in it; send the song as {Formats}.");
        }

        if (probe.HasPicture)
        {
            return Error.Invalid($"That is a video; send the song as an audio file ({Formats}).");
        }

        if (!probe.FormatName.Split(',').Any(name => AcceptedFormats.Contains(name, StringComparer.Ordinal)))
        {
            return Error.Invalid($"ClipBot does not take that audio format; send the song as {Formats}.");
        }

        if (probe.DurationSeconds is not > 0 || !double.IsFinite(probe.DurationSeconds.Value))
        {
            return Error.Invalid("ClipBot cannot tell how long that audio lasts; the file may be damaged.");
        }

        var seconds = probe.DurationSeconds.Value;
        if (seconds > SongLimits.MaxSeconds)
        {
            var length = TimeSpan.FromSeconds(Math.Floor(seconds));
            return Error.Invalid(string.Create(
                CultureInfo.InvariantCulture,
                $"That song lasts {(int)length.TotalMinutes}:{length.Seconds:00}; a song can last at most {SongLimits.MaxSeconds / 60:0} minutes."));
        }

        return seconds;
    }
}
