namespace ClipBot.Media.Local.Scenes;

/// <summary>
/// What a scene is drawn from. The size is the camera's working area, which may be larger than the
/// canvas; <see cref="Speed"/> grows with --motion; <see cref="Random"/> is seeded, so layouts repeat.
/// </summary>
internal sealed record SceneContext(int Width, int Height, int Fps, double Seconds, double Speed, Palette Palette, SplitMix64 Random)
{
    /// <summary>The pad every scene graph ends on.</summary>
    public const string OutputLabel = "scene";
}
