namespace ClipBot.Media.Local;

/// <summary>
/// How the camera sees the scene: the scene is drawn at <see cref="SceneWidth"/> x <see cref="SceneHeight"/>
/// (larger than the canvas when the camera travels, smaller when rotation is cheaper there), and
/// <see cref="Filter"/> turns it into canvas-sized frames.
/// </summary>
internal sealed record CameraPlan(int SceneWidth, int SceneHeight, string Filter);
