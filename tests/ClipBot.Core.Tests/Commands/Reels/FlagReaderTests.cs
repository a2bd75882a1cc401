using ClipBot.Core.Commands.Reels;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class FlagReaderTests
{
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["name"] = "a name",
        ["count"] = "a count, 1 to 10",
        ["level"] = "a level, 0 to 1",
        ["list"] = "levels",
        ["mode"] = "fast or slow",
    };

    [Fact]
    public void Text_FlagAbsent_NullWithoutRefusal()
    {
        var reader = Reader();

        var text = reader.Text("name", 10);

        Assert.Null(text);
        Assert.Null(reader.Error);
    }

    [Fact]
    public void Text_Padded_Trimmed()
    {
        var reader = Reader(("name", "  neon  "));

        var text = reader.Text("name", 10);

        Assert.Equal("neon", text);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("ne\u0001on")]
    [InlineData("neon\tcity")]
    [InlineData("elevenchars")]
    public void Text_EmptyControlOrTooLong_RefusedNamingFlagAndWhatIsAllowed(string value)
    {
        var reader = Reader(("name", value));

        var text = reader.Text("name", 10);

        Assert.Null(text);
        Assert.Equal($"`--name {value.Trim()}` is not allowed: use a name.", reader.Error?.Message);
    }

    [Fact]
    public void Text_LongValue_ShownShortenedInTheRefusal()
    {
        var reader = Reader(("name", new string('a', 50)));

        reader.Text("name", 10);

        Assert.Equal($"`--name {new string('a', 20)}…` is not allowed: use a name.", reader.Error?.Message);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("0.5", 0.5)]
    [InlineData("1", 1)]
    [InlineData("1e-1", 0.1)]
    public void Number_InRangeBoundsIncluded_TheNumber(string value, double expected)
    {
        var reader = Reader(("level", value));

        var number = reader.Number("level", 0, 1);

        Assert.Equal(expected, number);
        Assert.Null(reader.Error);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("1,5")]
    [InlineData("Infinity")]
    [InlineData("half")]
    public void Number_OutOfRangeOrNotANumber_NullAndRefused(string value)
    {
        var reader = Reader(("level", value));

        var number = reader.Number("level", 0, 1);

        Assert.Null(number);
        Assert.Equal($"`--level {value}` is not allowed: use a level, 0 to 1.", reader.Error?.Message);
    }

    [Theory]
    [InlineData("+5")]
    [InlineData("-5")]
    [InlineData("5.0")]
    [InlineData("11")]
    [InlineData("0")]
    public void Integer_SignDecimalsOrOutOfRange_NullAndRefused(string value)
    {
        var reader = Reader(("count", value));

        var number = reader.Integer("count", 1, 10);

        Assert.Null(number);
        Assert.NotNull(reader.Error);
    }

    [Fact]
    public void Integer_InRange_TheNumber()
    {
        var reader = Reader(("count", "10"));

        var number = reader.Integer("count", 1, 10);

        Assert.Equal(10, number);
    }

    [Fact]
    public void Numbers_List_EveryNumberInOrder()
    {
        var reader = Reader(("list", "0.5, 1,0"));

        var numbers = reader.Numbers("list", 0, 1);

        Assert.Equal([0.5, 1, 0], numbers!);
    }

    [Fact]
    public void Numbers_OneOutOfRange_RefusedNamingThatOne()
    {
        var reader = Reader(("list", "0.5,2,0"));

        var numbers = reader.Numbers("list", 0, 1);

        Assert.Null(numbers);
        Assert.Equal("`--list` has `2`, which is not allowed: each must be from 0 to 1.", reader.Error?.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Choice_FlagAbsent_TheFallback(bool fallback)
    {
        var reader = Reader();

        var choice = reader.Choice("mode", "fast", "slow", fallback);

        Assert.Equal(fallback, choice);
        Assert.Null(reader.Error);
    }

    [Theory]
    [InlineData("fast", true)]
    [InlineData("Fast", true)]
    [InlineData("slow", false)]
    [InlineData("SLOW", false)]
    public void Choice_EitherValueInAnyCase_ThatChoice(string value, bool expected)
    {
        var reader = Reader(("mode", value));

        var choice = reader.Choice("mode", "fast", "slow", fallback: !expected);

        Assert.Equal(expected, choice);
        Assert.Null(reader.Error);
    }

    [Fact]
    public void Choice_OtherValue_FallbackAndRefused()
    {
        var reader = Reader(("mode", "medium"));

        var choice = reader.Choice("mode", "fast", "slow", fallback: true);

        Assert.True(choice);
        Assert.Equal("`--mode medium` is not allowed: use fast or slow.", reader.Error?.Message);
    }

    [Fact]
    public void Fail_AfterAnotherRefusal_KeepsTheFirst()
    {
        var reader = Reader(("count", "99"));
        reader.Integer("count", 1, 10);

        reader.Fail("later");

        Assert.Equal("`--count 99` is not allowed: use a count, 1 to 10.", reader.Error?.Message);
    }

    private static FlagReader Reader(params (string Flag, string Value)[] values) =>
        new(values.ToDictionary(v => v.Flag, v => v.Value, StringComparer.Ordinal), Allowed);
}
