namespace ClipBot.Media.Arguments;

/// <summary>One rung of the preview's size ladder: each is smaller than the one before.</summary>
/// <param name="LongSide">The longer side in pixels; the shorter one follows the canvas's aspect.</param>
/// <param name="Fps">Frames per second: a preview only hints at the motion.</param>
/// <param name="WebpQuality">libwebp's lossy quality, 0–100.</param>
/// <param name="GifColors">The GIF palette's size.</param>
internal sealed record PreviewStep(int LongSide, int Fps, int WebpQuality, int GifColors)
{
    /// <summary>Tried in order until the preview is under the limit; the first one nearly always is.</summary>
    public static IReadOnlyList<PreviewStep> Ladder { get; } =
    [
        new(320, 10, 60, 128),
        new(240, 8, 40, 64),
        new(160, 6, 25, 32),
    ];
}
