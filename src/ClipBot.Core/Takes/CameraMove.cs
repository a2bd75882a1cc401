namespace ClipBot.Core.Takes;

public enum CameraMove
{
    Static,
    ZoomIn,
    ZoomOut,
    PanLeft,
    PanRight,
    PanUp,
    PanDown,
    RotateCw,
    RotateCcw,
}
