using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Results;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class UntilParserTests
{
    private static readonly DateTimeOffset Now = TestTakes.Start;

    [Theory]
    [InlineData("90m", 90)]
    [InlineData("2h", 120)]
    [InlineData("3d", 3 * 24 * 60)]
    [InlineData(" 2h ", 120)]
    [InlineData("90d", 90 * 24 * 60)]
    [InlineData("129600m", 90 * 24 * 60)]
    public void Parse_Span_ThatLongFromNow(string text, int minutes)
    {
        var at = ParseValid(text);

        Assert.Equal(Now.AddMinutes(minutes), at);
    }

    [Theory]
    [InlineData("2025-06-02T20:00Z", "2025-06-02T20:00:00+00:00")]
    [InlineData("2025-06-02T20:00", "2025-06-02T20:00:00+00:00")]
    [InlineData("2025-06-02T20:00+02:00", "2025-06-02T18:00:00+00:00")]
    [InlineData("2025-06-02 20:00", "2025-06-02T20:00:00+00:00")]
    public void Parse_TimeOfDay_ThatTimeInUtc(string text, string expected)
    {
        var at = ParseValid(text);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), at);
        Assert.Equal(TimeSpan.Zero, at.Offset);
    }

    [Theory]
    [InlineData("0m")]
    [InlineData("2025-06-01T12:00Z")]
    [InlineData("2025-05-01T00:00Z")]
    public void Parse_NowOrPast_RefusedAskingForTheFuture(string text)
    {
        var message = ParseRefused(text);

        Assert.Equal($"`--until {text}` has passed; give a time in the future.", message);
    }

    [Theory]
    [InlineData("91d")]
    [InlineData("2161h")]
    [InlineData("129601m")]
    [InlineData("2025-09-01T00:00Z")]
    public void Parse_MoreThanNinetyDaysOff_RefusedWithTheLimit(string text)
    {
        var message = ParseRefused(text);

        Assert.Equal($"`--until {text}` is too far off: at most 90 days from now.", message);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("2h30m")]
    [InlineData("1.5h")]
    [InlineData("h")]
    [InlineData("-2h")]
    [InlineData("tomorrow at noon")]
    public void Parse_NotASpanOrTime_RefusedSayingWhatIsAllowed(string text)
    {
        var message = ParseRefused(text);

        Assert.Equal($"`--until {text}` is not a time: use a span like 90m, 2h or 3d, or a time like 2026-12-01T20:00Z.", message);
    }

    [Fact]
    public void Parse_LongGarbage_QuotedShortened()
    {
        var message = ParseRefused(new string('x', 100));

        Assert.StartsWith($"`--until {new string('x', 30)}…` is not a time", message, StringComparison.Ordinal);
    }

    private static DateTimeOffset ParseValid(string text)
    {
        var result = UntilParser.Parse(text, Now);
        Assert.True(result.IsSuccess, $"\"{text}\" was refused: {result.Error?.Message}");
        return result.Value;
    }

    private static string ParseRefused(string text)
    {
        var result = UntilParser.Parse(text, Now);
        Assert.False(result.IsSuccess, $"\"{text}\" was read as {result.Value:O}.");
        Assert.Equal(ErrorKind.Invalid, result.Error.Kind);
        return result.Error.Message;
    }
}
