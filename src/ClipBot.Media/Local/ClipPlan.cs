using ClipBot.Core.Takes;

namespace ClipBot.Media.Local;

/// <summary>Everything a local clip is drawn from, decided from the prompt, the flags and the seed.</summary>
internal sealed record ClipPlan(
    SceneKind Scene,
    Palette Palette,
    int Width,
    int Height,
    int Fps,
    int DurationSeconds,
    CameraMove Camera,
    int Motion,
    ulong LayoutSeed)
{
    public int Frames => Fps * DurationSeconds;
}
