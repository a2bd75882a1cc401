using System.Security.Cryptography;
using System.Text;
using ClipBot.Media.Arguments;

namespace ClipBot.Media.Cut;

/// <summary>
/// How the cut encodes its own pieces so they join the takes by stream copy: the takes' frame size and
/// rate, the mezzanine encoder settings, the rate control read from a take, and the stream header every
/// piece must end up with.
/// </summary>
/// <param name="Fingerprint">Names the format in cache keys: a piece made for other headers or another bit rate is another piece.</param>
internal sealed record PieceFormat(
    int Width, int Height, int Fps, IReadOnlyList<string> Video, string? Timescale, byte[] AvcConfiguration, string Fingerprint)
{
    public static PieceFormat From(string referencePath, Mp4VideoTrack reference, int fps)
    {
        ArgumentNullException.ThrowIfNull(reference);

        var rate = X264Options.Read(referencePath)?.RateControl(MezzanineSettings.Crf) ?? ["-crf", MezzanineSettings.Crf];
        var video = CutEncodeArguments.Video(reference.Width, reference.Height, fps, rate);
        var timescale = CutEncodeArguments.Timescale(reference.Width, reference.Height, fps);
        var identity = Encoding.UTF8.GetBytes(string.Join('\n', video.Append(timescale ?? "-")));
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData([.. reference.AvcConfiguration, .. identity]))[..16];
        return new PieceFormat(reference.Width, reference.Height, fps, video, timescale, reference.AvcConfiguration, fingerprint);
    }

    /// <summary>Why a rendered piece cannot join the takes, or null when it can.</summary>
    public string? Mismatch(Mp4VideoTrack? piece, int frames)
    {
        if (piece is null)
        {
            return "it is not an MP4 with a video track";
        }

        if (!piece.AvcConfiguration.AsSpan().SequenceEqual(AvcConfiguration))
        {
            return $"its stream header ({Convert.ToHexString(piece.AvcConfiguration)}) differs from the takes' ({Convert.ToHexString(AvcConfiguration)})";
        }

        if (piece.SampleCount != frames || !piece.RunsAt(Fps) || !piece.IsKeyframe(0))
        {
            return $"it has {piece.SampleCount} frames (expected {frames}), fps match {piece.RunsAt(Fps)}, keyframe first {piece.IsKeyframe(0)}";
        }

        return null;
    }
}
