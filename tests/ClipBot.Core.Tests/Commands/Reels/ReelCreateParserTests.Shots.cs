using ClipBot.Core.Commands.Reels;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed partial class ReelCreateParserTests
{
    [Fact]
    public void Parse_Shots_DurationsInOrder()
    {
        var draft = ParseValid("Night Drive --shots \"4, 4,2.5,0.5,60\"");

        Assert.Equal([4, 4, 2.5, 0.5, 60], draft.Shots.Durations!);
        Assert.Equal((null, null), (draft.Shots.Bpm, draft.Shots.EqualSlots));
    }

    [Theory]
    [InlineData("4,abc", "abc")]
    [InlineData("4,0.4", "0.4")]
    [InlineData("4,60.5", "60.5")]
    [InlineData("4,,4", "")]
    [InlineData("4,4,", "")]
    [InlineData("NaN", "NaN")]
    [InlineData("-4", "-4")]
    public void Parse_ShotsWithABadLength_RefusedNamingItAndTheRange(string value, string bad)
    {
        var message = ParseRefused($"Night Drive --shots {value}");

        Assert.Equal($"`--shots` has `{bad}`, which is not allowed: each must be from 0.5 to 60.", message);
    }

    [Fact]
    public void Parse_BpmAndBars_TempoAndBarsPerShot()
    {
        var draft = ParseValid("Night Drive --bpm 92.5 --bars 4");

        Assert.Equal(new ShotSpec(Bpm: 92.5, BarsPerShot: 4), draft.Shots);
    }

    [Theory]
    [InlineData("19")]
    [InlineData("401")]
    [InlineData("fast")]
    [InlineData("Infinity")]
    public void Parse_BpmOutOfRange_RefusedSayingWhatATempoIs(string value)
    {
        var message = ParseRefused($"Night Drive --bpm {value}");

        Assert.Equal($"`--bpm {value}` is not allowed: use the song's tempo, e.g. 120.", message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65")]
    [InlineData("1.5")]
    [InlineData("+2")]
    public void Parse_BarsOutOfRange_RefusedWithTheRange(string value)
    {
        var message = ParseRefused($"Night Drive --bpm 120 --bars {value}");

        Assert.Equal($"`--bars {value}` is not allowed: use bars per shot, 1 to 64.", message);
    }

    [Fact]
    public void Parse_BarsWithoutBpm_KeptForDetectedBeats()
    {
        var draft = ParseValid("Night Drive --bars 1");

        Assert.Equal(new ShotSpec(BarsPerShot: 1), draft.Shots);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("200", 200)]
    public void Parse_Slots_EqualSlots(string value, int expected)
    {
        var draft = ParseValid($"Night Drive --slots {value}");

        Assert.Equal(expected, draft.Shots.EqualSlots);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("2.5")]
    [InlineData("-3")]
    public void Parse_SlotsOutOfRange_RefusedWithTheRange(string value)
    {
        var message = ParseRefused($"Night Drive --slots {value}");

        Assert.Equal($"`--slots {value}` is not allowed: use a number of equal shots, 1 to 200.", message);
    }

    [Fact]
    public void Parse_SlotsAndSeconds_SilentSlotLength()
    {
        var draft = ParseValid("Night Drive --slots 8 --seconds 2.5");

        Assert.Equal(new ShotSpec(EqualSlots: 8, SilentSlotSeconds: 2.5), draft.Shots);
    }

    [Theory]
    [InlineData("0.4")]
    [InlineData("61")]
    [InlineData("long")]
    public void Parse_SecondsOutOfRange_Refused(string value)
    {
        var message = ParseRefused($"Night Drive --slots 8 --seconds {value}");

        Assert.Equal($"`--seconds {value}` is not allowed: use the length of each shot of a silent reel, e.g. 4.", message);
    }

    [Theory]
    [InlineData("--shots 4,4 --bpm 120")]
    [InlineData("--bpm 120 --slots 4")]
    [InlineData("--shots 4,4 --slots 2")]
    [InlineData("--shots 4 --bpm 120 --slots 2")]
    public void Parse_MoreThanOneWayToMakeShots_RefusedAskingForOne(string flags)
    {
        var message = ParseRefused($"Night Drive {flags}");

        Assert.Equal("Give only one of `--shots`, `--bpm` and `--slots`.", message);
    }
}
