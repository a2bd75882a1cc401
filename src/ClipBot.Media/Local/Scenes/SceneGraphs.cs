namespace ClipBot.Media.Local.Scenes;

/// <summary>Dispatches a scene kind to the builder that draws it.</summary>
internal static class SceneGraphs
{
    public static string Build(SceneKind kind, SceneContext context) => kind switch
    {
        SceneKind.Skyline => SkylineScene.Build(context),
        SceneKind.Ocean => OceanScene.Build(context),
        SceneKind.Starfield => StarfieldScene.Build(context),
        SceneKind.Forest => ForestScene.Build(context),
        SceneKind.Fire => FireScene.Build(context),
        SceneKind.Abstract => AbstractScene.Build(context),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown scene."),
    };
}
