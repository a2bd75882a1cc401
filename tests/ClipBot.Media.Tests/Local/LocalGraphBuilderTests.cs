using ClipBot.Core.Takes;
using ClipBot.Media.Local;

namespace ClipBot.Media.Tests.Local;

public sealed class LocalGraphBuilderTests
{
    public static TheoryData<string> Prompts => new() { "a city", "the sea", "stars", "a forest", "fire", "abstract" };

    [Theory]
    [MemberData(nameof(Prompts))]
    public void Build_SameRequest_GivesTheSameGraph(string prompt)
    {
        var parameters = new ClipParameters { Prompt = prompt, Seed = 11, Camera = CameraMove.ZoomIn };

        var first = LocalGraphBuilder.Build(ClipPlanner.Plan(parameters), "/w/caption.txt", null);
        var second = LocalGraphBuilder.Build(ClipPlanner.Plan(parameters), "/w/caption.txt", null);

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Prompts))]
    public void Build_OtherSeed_GivesAnotherGraph(string prompt)
    {
        var one = LocalGraphBuilder.Build(ClipPlanner.Plan(new ClipParameters { Prompt = prompt, Seed = 1 }), "/w/caption.txt", null);
        var two = LocalGraphBuilder.Build(ClipPlanner.Plan(new ClipParameters { Prompt = prompt, Seed = 2 }), "/w/caption.txt", null);

        Assert.NotEqual(one, two);
    }

    [Fact]
    public void Build_AnyPrompt_NeverPutsThePromptTextInTheGraph()
    {
        var plan = ClipPlanner.Plan(new ClipParameters { Prompt = "a city'],drawtext=text=pwned;[x", Seed = 1 });

        var graph = LocalGraphBuilder.Build(plan, "/w/caption.txt", null);

        Assert.DoesNotContain("pwned", graph, StringComparison.Ordinal);
        Assert.Contains("textfile=/w/caption.txt:expansion=none", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AnyScene_EndsOnTheOutputPadInYuv420p()
    {
        var plan = ClipPlanner.Plan(new ClipParameters { Prompt = "the sea", Seed = 5, Camera = CameraMove.RotateCw });

        var graph = LocalGraphBuilder.Build(plan, "/w/caption.txt", null);

        Assert.EndsWith(",format=yuv420p,setsar=1[out]", graph, StringComparison.Ordinal);
        Assert.Contains("[scene];[scene]rotate=", graph, StringComparison.Ordinal);
    }
}
