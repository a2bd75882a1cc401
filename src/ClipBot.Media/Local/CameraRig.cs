using ClipBot.Core.Takes;
using static ClipBot.Media.Local.Scenes.Fx;

namespace ClipBot.Media.Local;

/// <summary>Turns --camera and --motion (0 barely moving, 4 strong) into a crop, scale or rotate chain.</summary>
internal static class CameraRig
{
    // How far each move goes over the whole clip, by motion 0..4.
    private static readonly double[] PanFraction = [0.03, 0.08, 0.15, 0.25, 0.4];
    private static readonly double[] ZoomAmount = [0.03, 0.1, 0.2, 0.35, 0.6];
    private static readonly double[] RotateDegrees = [1, 4, 8, 14, 22];

    // Rotating every pixel is the most expensive step of a render; at half size it costs a quarter.
    private const double RotateScale = 0.5;

    public static CameraPlan Plan(CameraMove move, int motion, int width, int height, double seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(motion);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(motion, PanFraction.Length - 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seconds);

        var progress = $"(t/{N(seconds)})";
        return move switch
        {
            CameraMove.Static => new CameraPlan(width, height, "null"),
            CameraMove.PanLeft or CameraMove.PanRight => Pan(width, height, progress, motion, horizontal: true, forward: move == CameraMove.PanRight),
            CameraMove.PanUp or CameraMove.PanDown => Pan(width, height, progress, motion, horizontal: false, forward: move == CameraMove.PanDown),
            CameraMove.ZoomIn => Zoom(width, height, $"(1+{N(ZoomAmount[motion])}*{progress})"),
            CameraMove.ZoomOut => Zoom(width, height, $"(1+{N(ZoomAmount[motion])}*(1-{progress}))"),
            CameraMove.RotateCw => Rotate(width, height, progress, RotateDegrees[motion]),
            CameraMove.RotateCcw => Rotate(width, height, progress, -RotateDegrees[motion]),
            _ => throw new ArgumentOutOfRangeException(nameof(move), move, "Unknown camera move."),
        };
    }

    private static CameraPlan Pan(int width, int height, string progress, int motion, bool horizontal, bool forward)
    {
        var travel = Even((horizontal ? width : height) * PanFraction[motion]);
        var offset = forward ? $"'{N(travel)}*{progress}'" : $"'{N(travel)}*(1-{progress})'";

        // exact=1 moves one pixel at a time; without it yuv420p crops snap to even offsets and judder.
        return horizontal
            ? new CameraPlan(width + travel, height, $"crop=w={N(width)}:h={N(height)}:x={offset}:y=0:exact=1")
            : new CameraPlan(width, height + travel, $"crop=w={N(width)}:h={N(height)}:x=0:y={offset}:exact=1");
    }

    private static CameraPlan Zoom(int width, int height, string factor)
    {
        // crop's default centre is computed once, so the centre of each frame's new size is spelled out.
        var scaledWidth = $"2*trunc({N(width)}*{factor}/2)";
        var scaledHeight = $"2*trunc({N(height)}*{factor}/2)";
        var filter = $"scale=w='{scaledWidth}':h='{scaledHeight}':eval=frame:flags=bicubic," +
            $"crop=w={N(width)}:h={N(height)}:x='({scaledWidth}-{N(width)})/2':y='({scaledHeight}-{N(height)})/2':exact=1";
        return new CameraPlan(width, height, filter);
    }

    private static CameraPlan Rotate(int width, int height, string progress, double degrees)
    {
        var (w, h) = (Even(width * RotateScale), Even(height * RotateScale));
        var radians = Math.Abs(degrees) * Math.PI / 180;

        // The scene must cover the canvas at the largest angle, corners included.
        var coverWidth = Even((w * Math.Cos(radians)) + (h * Math.Sin(radians)) + 4);
        var coverHeight = Even((w * Math.Sin(radians)) + (h * Math.Cos(radians)) + 4);
        var filter = $"rotate=a='{N(degrees * Math.PI / 180)}*{progress}':ow={N(w)}:oh={N(h)}:c=black," +
            $"scale={N(width)}x{N(height)}:flags=bicubic";
        return new CameraPlan(coverWidth, coverHeight, filter);
    }
}
