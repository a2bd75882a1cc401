namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandParserTests
{
    [Theory]
    [InlineData("0", 0u)]
    [InlineData("7", 7u)]
    [InlineData("4294967295", uint.MaxValue)]
    public void Parse_SeedInRange_SetsSeed(string value, uint expected)
    {
        var arguments = $"a city --seed {value}";

        var parameters = ParseValid(arguments);

        Assert.Equal(expected, parameters.Seed);
    }

    [Theory]
    [InlineData("4294967296")]
    [InlineData("99999999999999999999")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("abc")]
    [InlineData("+7")]
    [InlineData("0x1F")]
    [InlineData("1e3")]
    [InlineData("7a")]
    [InlineData("1,000")]
    public void Parse_SeedNotAnUnsigned32BitNumber_RefusedNamingFlagAndRange(string value)
    {
        var arguments = $"a city --seed {value}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--seed");
        Assert.Contains("0 to 4294967295", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Parse_MotionInRange_SetsMotion(int motion)
    {
        var arguments = $"a city --motion {motion}";

        var parameters = ParseValid(arguments);

        Assert.Equal(motion, parameters.Motion);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("5")]
    [InlineData("two")]
    [InlineData("2.5")]
    public void Parse_MotionOutOfRange_RefusedNamingFlagAndRange(string value)
    {
        var arguments = $"a city --motion {value}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--motion");
        Assert.Contains("0 to 4", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(10)]
    public void Parse_DurationInRange_SetsDuration(int seconds)
    {
        var arguments = $"a city --duration {seconds}";

        var parameters = ParseValid(arguments);

        Assert.Equal(seconds, parameters.DurationSeconds);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("-4")]
    [InlineData("4s")]
    [InlineData("2.5")]
    public void Parse_DurationOutOfRange_RefusedNamingFlagAndRange(string value)
    {
        var arguments = $"a city --duration {value}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--duration");
        Assert.Contains("1 to 10", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(500)]
    public void Parse_SlotInRange_SetsSlot(int slot)
    {
        var arguments = $"a city --slot {slot}";

        var parameters = ParseValid(arguments);

        Assert.Equal(slot, parameters.Slot);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("-3")]
    [InlineData("three")]
    public void Parse_SlotOutOfRange_RefusedNamingFlagAndRange(string value)
    {
        var arguments = $"a city --slot {value}";

        var message = ParseRefused(arguments);

        AssertNamesFlag(message, "--slot");
        Assert.Contains("1 to 500", message, StringComparison.Ordinal);
    }
}
