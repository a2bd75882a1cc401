namespace ClipBot.Media.Local;

/// <summary>The subjects the local generator can draw.</summary>
internal enum SceneKind
{
    Abstract,
    Skyline,
    Ocean,
    Starfield,
    Forest,
    Fire,
}
