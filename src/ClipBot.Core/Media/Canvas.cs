using ClipBot.Core.Takes;

namespace ClipBot.Core.Media;

/// <summary>The frame every take of a reel is normalized to, so the cut can join them without re-encoding.</summary>
public sealed record Canvas(int Width, int Height, int Fps, FitMode Fit = FitMode.Letterbox)
{
    public const int DefaultFps = 30;

    public static Canvas Default { get; } = For(AspectRatio.Landscape16x9);

    /// <summary>The 720p-class canvas of an aspect ratio at 30 fps.</summary>
    public static Canvas For(AspectRatio aspect, FitMode fit = FitMode.Letterbox)
    {
        var (width, height) = aspect.Canvas();
        return new Canvas(width, height, DefaultFps, fit);
    }
}
