using ClipBot.Media.Local;

namespace ClipBot.Media.Tests.Local;

public sealed class SceneCatalogTests
{
    [Theory]
    [InlineData("a neon city at dusk", nameof(SceneKind.Skyline))]
    [InlineData("the skyline", nameof(SceneKind.Skyline))]
    [InlineData("tall buildings", nameof(SceneKind.Skyline))]
    [InlineData("the ocean", nameof(SceneKind.Ocean))]
    [InlineData("calm sea", nameof(SceneKind.Ocean))]
    [InlineData("still water", nameof(SceneKind.Ocean))]
    [InlineData("big waves", nameof(SceneKind.Ocean))]
    [InlineData("deep space", nameof(SceneKind.Starfield))]
    [InlineData("stars", nameof(SceneKind.Starfield))]
    [InlineData("a spiral galaxy", nameof(SceneKind.Starfield))]
    [InlineData("the night sky", nameof(SceneKind.Starfield))]
    [InlineData("a dark forest", nameof(SceneKind.Forest))]
    [InlineData("old trees", nameof(SceneKind.Forest))]
    [InlineData("fire", nameof(SceneKind.Fire))]
    [InlineData("dancing flames", nameof(SceneKind.Fire))]
    [InlineData("abstract shapes", nameof(SceneKind.Abstract))]
    [InlineData("a cat on a chair", nameof(SceneKind.Abstract))]
    public void Choose_SubjectWord_PicksItsScene(string prompt, string expected)
    {
        var scene = SceneCatalog.Choose(PromptWords.From(prompt));

        Assert.Equal(Enum.Parse<SceneKind>(expected), scene);
    }

    [Fact]
    public void Choose_NightWithoutSky_IsOnlyAMood()
    {
        var scene = SceneCatalog.Choose(PromptWords.From("a city at night"));

        Assert.Equal(SceneKind.Skyline, scene);
    }

    [Fact]
    public void Choose_TwoSubjects_FirstOneWins()
    {
        var scene = SceneCatalog.Choose(PromptWords.From("stars over the ocean"));

        Assert.Equal(SceneKind.Starfield, scene);
    }
}
