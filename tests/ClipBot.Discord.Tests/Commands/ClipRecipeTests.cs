using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Discord.Commands;
using ClipBot.Discord.Tests.Interactions;

namespace ClipBot.Discord.Tests.Commands;

public sealed class ClipRecipeTests
{
    [Fact]
    public void Arguments_DefaultSettings_OnlyWhatDiffersFromTheDefaults()
    {
        var take = DiscordTakes.Posted(parameters: new ClipParameters { Prompt = "a city", Seed = 9 });

        var text = ClipRecipe.Arguments(take, "a city", keepSeed: false, typed: []);

        Assert.Equal("a city --ar 16:9 --duration 4", text);
    }

    [Fact]
    public void Arguments_EverySetting_AllAsFlags()
    {
        var take = DiscordTakes.Posted(parameters: new ClipParameters
        {
            Prompt = "a city", Seed = 9, Aspect = AspectRatio.Square1x1, Negative = "text", Camera = CameraMove.PanUp, Motion = 4, DurationSeconds = 2, Style = "noir",
        });

        var text = ClipRecipe.Arguments(take, "a city", keepSeed: true, typed: []);

        Assert.Equal("a city --ar 1:1 --duration 2 --seed 9 --neg text --camera pan-up --motion 4 --style noir", text);
    }

    [Fact]
    public void Arguments_ReelTake_NamesTheShotAndLeavesShapeAndLengthToTheReel()
    {
        var take = DiscordTakes.Posted(reel: ReelId.New(), slot: 4);

        var text = ClipRecipe.Arguments(take, "neon", keepSeed: false, typed: []);

        Assert.Equal("neon --slot 4 --neg \"blurry, text\" --camera zoom-in", text);
    }

    [Fact]
    public void Arguments_FlagsTypedByTheFan_TheirsWin()
    {
        var take = DiscordTakes.Posted();

        var text = ClipRecipe.Arguments(take, "neon --camera static --ar 1:1", keepSeed: true, typed: new HashSet<string> { "camera", "ar" });

        Assert.Equal("neon --camera static --ar 1:1 --duration 6 --seed 7 --neg \"blurry, text\"", text);
    }
}
