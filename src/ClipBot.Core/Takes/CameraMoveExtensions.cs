namespace ClipBot.Core.Takes;

public static class CameraMoveExtensions
{
    public static string ToWire(this CameraMove move) => move switch
    {
        CameraMove.Static => "static",
        CameraMove.ZoomIn => "zoom-in",
        CameraMove.ZoomOut => "zoom-out",
        CameraMove.PanLeft => "pan-left",
        CameraMove.PanRight => "pan-right",
        CameraMove.PanUp => "pan-up",
        CameraMove.PanDown => "pan-down",
        CameraMove.RotateCw => "rotate-cw",
        CameraMove.RotateCcw => "rotate-ccw",
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, "Unknown camera move."),
    };

    public static bool TryParseWire(string text, out CameraMove move)
    {
        foreach (var candidate in Enum.GetValues<CameraMove>())
        {
            if (string.Equals(candidate.ToWire(), text, StringComparison.Ordinal))
            {
                move = candidate;
                return true;
            }
        }

        move = default;
        return false;
    }

    public static IReadOnlyList<string> WireNames { get; } =
        Enum.GetValues<CameraMove>().Select(m => m.ToWire()).ToArray();
}
