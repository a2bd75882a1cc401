using ClipBot.Discord.Commands;

namespace ClipBot.Discord.Tests.Commands;

public sealed class InlineFlagTextTests
{
    [Fact]
    public void Scan_FlagsAnywhere_EachWithItsValue()
    {
        var flags = InlineFlagText.Scan("a city --ar 16:9 at dusk --neg \"no people, no text\" —seed 7");

        Assert.Equal(new Dictionary<string, string> { ["ar"] = "16:9", ["neg"] = "no people, no text", ["seed"] = "7" }, flags);
    }

    [Theory]
    [InlineData("a well--lit room")]
    [InlineData("fast - slow")]
    [InlineData("-- 5")]
    [InlineData("an en – dash")]
    public void Scan_DashesThatAreNotFlags_None(string text)
    {
        Assert.Empty(InlineFlagText.Scan(text));
    }

    [Fact]
    public void Scan_FlagWithoutValue_EmptyValue()
    {
        var flags = InlineFlagText.Scan("a city --ar --seed 3");

        Assert.Equal(("", "3"), (flags["ar"], flags["seed"]));
    }

    [Fact]
    public void Scan_ValueOnTheNextLine_NotItsValue()
    {
        var flags = InlineFlagText.Scan("a city --ar\n16:9");

        Assert.Equal("", flags["ar"]);
    }

    [Fact]
    public void Scan_SameFlagTwice_TheFirst()
    {
        var flags = InlineFlagText.Scan("--AR 1:1 --ar 4:5");

        Assert.Equal("1:1", flags["ar"]);
    }

    [Theory]
    [InlineData("7", "7")]
    [InlineData(" zoom-in ", "zoom-in")]
    [InlineData("no people", "\"no people\"")]
    [InlineData("say \"hi\"", "\"say hi\"")]
    [InlineData("", "\"\"")]
    public void Value_Text_HowCoreReadsItBack(string value, string written)
    {
        Assert.Equal(written, InlineFlagText.Value(value));
    }
}
