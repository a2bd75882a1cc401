using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClipBot.Core.Cuts;
using ClipBot.Core.Media;
using ClipBot.Media.Arguments;
using ClipBot.Media.Delivery;

namespace ClipBot.Media.Cut;

/// <summary>
/// How the cut encodes its own pieces so they join the takes by stream copy: the takes' frame size and
/// rate, the mezzanine encoder settings, the rate control read from a take, and the stream header every
/// piece must end up with.
/// </summary>
/// <param name="AvcConfiguration">
/// The stream header every piece must have; null until the first piece of a cut of only cards sets it.
/// </param>
/// <param name="Fingerprint">Names the format in cache keys: a piece made for other headers or another bit rate is another piece.</param>
internal sealed record PieceFormat(
    int Width, int Height, int Fps, IReadOnlyList<string> Video, string? Timescale, byte[]? AvcConfiguration, string Fingerprint)
{
    public static PieceFormat From(string referencePath, Mp4VideoTrack reference, int fps)
    {
        ArgumentNullException.ThrowIfNull(reference);

        var rate = X264Options.Read(referencePath)?.RateControl(MezzanineSettings.Crf) ?? MezzanineSettings.RateControl;
        return Create(reference.Width, reference.Height, fps, rate, reference.AvcConfiguration);
    }

    /// <summary>
    /// The format of a cut with no take to copy one from, only empty slots' cards: the rendition's own
    /// settings. A full cut is a mezzanine of the canvas. A delivery cut is a delivery rendition at the
    /// height a reel's takes get by default (never over the canvas's), peak-capped at the lowest rate any
    /// chat video is given: the renderer knows no cap to budget from, and a still card needs little.
    /// </summary>
    public static PieceFormat ForRendition(Canvas canvas, CutRendition rendition)
    {
        ArgumentNullException.ThrowIfNull(canvas);

        if (rendition == CutRendition.Full)
        {
            var mezzanine = new MezzanineSettings(canvas);
            return Create(mezzanine.Canvas.Width, mezzanine.Canvas.Height, canvas.Fps, MezzanineSettings.RateControl, null);
        }

        var height = Math.Min(new IngestProfile(canvas).DeliveryHeight, canvas.Height);
        var delivery = new DeliveryRenditionSettings(canvas, height, DeliveryPlanner.FloorBitsPerSecond);
        return Create(delivery.Width, delivery.Height, canvas.Fps, delivery.RateControl, null);
    }

    /// <summary>Why a rendered piece cannot join the takes, or null when it can.</summary>
    public string? Mismatch(Mp4VideoTrack? piece, int frames)
    {
        if (piece is null)
        {
            return "it is not an MP4 with a video track";
        }

        if (AvcConfiguration is not null && !piece.AvcConfiguration.AsSpan().SequenceEqual(AvcConfiguration))
        {
            return $"its stream header ({Convert.ToHexString(piece.AvcConfiguration)}) differs from the takes' ({Convert.ToHexString(AvcConfiguration)})";
        }

        if (piece.SampleCount != frames || !piece.RunsAt(Fps) || !piece.IsKeyframe(0))
        {
            return $"it has {piece.SampleCount} frames (expected {frames}), fps match {piece.RunsAt(Fps)}, keyframe first {piece.IsKeyframe(0)}";
        }

        return null;
    }

    private static PieceFormat Create(int width, int height, int fps, IReadOnlyList<string> rate, byte[]? header)
    {
        var video = CutEncodeArguments.Video(width, height, fps, rate);
        var timescale = CutEncodeArguments.Timescale(width, height, fps);
        var identity = Encoding.UTF8.GetBytes(string.Join('\n', video.Append(timescale ?? "-")));

        // The header holds the frame size; without one, the size itself names the format.
        var known = header ?? Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{width}x{height}\n"));
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData([.. known, .. identity]))[..16];
        return new PieceFormat(width, height, fps, video, timescale, header, fingerprint);
    }
}
