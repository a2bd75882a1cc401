using ClipBot.Media.Local;

namespace ClipBot.Media.Tests.Local;

public sealed class PaletteCatalogTests
{
    [Theory]
    [InlineData("a neon sign", "neon")]
    [InlineData("streets at dusk", "dusk")]
    [InlineData("a red sunset", "fire")]
    [InlineData("deep ocean", "ocean")]
    [InlineData("a forest path", "forest")]
    [InlineData("fire in the hall", "fire")]
    [InlineData("a dark room", "night")]
    [InlineData("golden hour", "gold")]
    [InlineData("pastel clouds", "pastel")]
    [InlineData("a gloomy day", "gloomy")]
    [InlineData("a happy dog", "happy")]
    [InlineData("frozen lake", "ice")]
    [InlineData("violet haze", "violet")]
    [InlineData("a calm ocean at sunset", "dusk")]
    [InlineData("flames in a dark forest", "night")]
    [InlineData("a forest of neon trees", "neon")]
    public void Choose_ColourOrMoodWord_PicksItsPalette(string prompt, string expected)
    {
        var palette = PaletteCatalog.Choose(PromptWords.From(prompt), new SplitMix64(1));

        Assert.Equal(expected, palette.Name);
    }

    [Fact]
    public void Choose_NeonWord_IsMagentaAndCyan()
    {
        var palette = PaletteCatalog.Choose(PromptWords.From("neon"), new SplitMix64(1));

        Assert.Equal(Rgb.FromHex(0xFF00C8), palette.Accent);
        Assert.Equal(Rgb.FromHex(0x00F0FF), palette.Light);
    }

    [Fact]
    public void Choose_NoColourWord_DependsOnlyOnTheSeed()
    {
        var words = PromptWords.From("a cat on a chair");

        var first = PaletteCatalog.Choose(words, new SplitMix64(99));
        var again = PaletteCatalog.Choose(words, new SplitMix64(99));
        var many = Enumerable.Range(0, 64).Select(seed => PaletteCatalog.Choose(words, new SplitMix64((ulong)seed)).Name).Distinct();

        Assert.Same(first, again);
        Assert.True(many.Count() > 5);
    }
}
