using System.Globalization;
using ClipBot.Core.Cuts;
using ClipBot.Core.Results;

namespace ClipBot.Media.Cut;

/// <summary>
/// Finds a cut's files and reads their indexes, refusing with a plain reason what stream copy cannot
/// join: a missing file, a take without the rendition asked for, or takes encoded differently. Empty
/// slots have no file: their cards are rendered to match the takes.
/// </summary>
internal static class CutInputResolver
{
    public static Result<CutInputs> Resolve(CutRequest request, CutFolders folders)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(folders);

        if (request.Shots.Count == 0)
        {
            return Error.Invalid("A cut needs at least one shot.");
        }

        var paths = new List<string?>();
        var tracks = new List<Mp4VideoTrack?>();
        Mp4VideoTrack? first = null;
        var firstShot = 0;
        var canvas = request.Canvas;
        for (var i = 0; i < request.Shots.Count; i++)
        {
            var shot = request.Shots[i];
            var file = request.Rendition == CutRendition.Full ? shot.VideoFile : shot.DeliveryFile;
            if (!shot.IsCard && string.IsNullOrEmpty(file))
            {
                return Error.Invalid(Say($"Shot {i + 1} has no chat-sized rendition; ingest its take again for this reel."));
            }

            if (!(shot.DurationSeconds > 0))
            {
                return Error.Invalid(Say($"Shot {i + 1} has no length."));
            }

            // An empty slot has no file yet: the renderer draws its card once it knows the takes' format.
            if (shot.IsCard)
            {
                paths.Add(null);
                tracks.Add(null);
                continue;
            }

            var path = folders.Resolve(file!);
            if (!File.Exists(path))
            {
                return new Error(ErrorKind.NotFound, Say($"The video of shot {i + 1} is missing."));
            }

            if (TryRead(path) is not { SampleEntry: "avc1" or "avc3" } track)
            {
                return Error.Invalid(Say($"Shot {i + 1} is not an H.264 video made for a reel; ingest its take again."));
            }

            if (!track.RunsAt(canvas.Fps))
            {
                return Error.Invalid(Say($"Shot {i + 1} does not run at the reel's {canvas.Fps} fps; ingest its take again for this reel."));
            }

            if (request.Rendition == CutRendition.Full && (track.Width, track.Height) != (canvas.Width, canvas.Height))
            {
                return Error.Invalid(Say(
                    $"Shot {i + 1} is {track.Width}x{track.Height}, not the reel's {canvas.Width}x{canvas.Height}; ingest its take again for this reel."));
            }

            // Stream copy keeps the first take's header for the whole cut; a take encoded otherwise would play garbled.
            if (first is not null && !track.AvcConfiguration.AsSpan().SequenceEqual(first.AvcConfiguration))
            {
                return Error.Invalid(Say($"Shot {i + 1} was encoded differently from shot {firstShot + 1}; ingest its take again for this reel."));
            }

            if (first is null)
            {
                (first, firstShot) = (track, i);
            }

            paths.Add(path);
            tracks.Add(track);
        }

        string? songPath = null;
        if (request.Song is { } song)
        {
            // The chat-sized cut takes the small copy of the song, whose bits its delivery budget set aside.
            var file = request.Rendition == CutRendition.Delivery && song.DeliveryFile is { } small ? small : song.File;
            songPath = folders.Resolve(file);
            if (!File.Exists(songPath))
            {
                return new Error(ErrorKind.NotFound, "The song's file is missing.");
            }
        }

        return new CutInputs(paths, tracks, songPath);
    }

    private static Mp4VideoTrack? TryRead(string path)
    {
        try
        {
            return Mp4TrackReader.ReadVideo(path);
        }
        catch (IOException)
        {
            // A truncated or unreadable file is refused like any other file that is not a take.
            return null;
        }
    }

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
