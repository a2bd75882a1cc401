using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Media;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed partial class ReelCreateParserTests
{
    [Fact]
    public void Parse_NameOnly_EverythingElseAtItsDefault()
    {
        var draft = ParseValid("Night Drive");

        Assert.Equal("Night Drive", draft.Name);
        Assert.Equal(new ShotSpec(), draft.Shots);
        Assert.Equal(Canvas.Default, draft.Canvas);
        Assert.Equal((null, null), (draft.Style.Prefix, draft.Style.Suffix));
        Assert.Empty(draft.Style.BannedWords);
        Assert.Equal(VotingRules.Default, draft.Rules);
        Assert.Equal(0, draft.TransitionSeconds);
    }

    [Fact]
    public void Parse_FlagsBetweenNameWords_NameIsTheWordsLeft()
    {
        var draft = ParseValid("Night --bpm 120 Drive --fps 24");

        Assert.Equal("Night Drive", draft.Name);
    }

    [Fact]
    public void Parse_NameOnSeveralLines_JoinedWithSpaces()
    {
        var draft = ParseValid("Night\nDrive");

        Assert.Equal("Night Drive", draft.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("--bpm 120")]
    public void Parse_NoName_RefusedWithAnExample(string arguments)
    {
        var message = ParseRefused(arguments);

        Assert.Equal("Give the reel a name, e.g. `/reel create Night Drive --bpm 120`.", message);
    }

    [Fact]
    public void Parse_NameOfTheMaximumLength_Accepted()
    {
        var name = new string('n', Reel.MaxNameLength);

        var draft = ParseValid(name);

        Assert.Equal(name, draft.Name);
    }

    [Fact]
    public void Parse_NameOverTheMaximumLength_RefusedWithLengthAndLimit()
    {
        var message = ParseRefused(new string('n', Reel.MaxNameLength + 1));

        Assert.Equal("The name is 81 characters; the limit is 80.", message);
    }

    [Fact]
    public void Parse_UnknownFlag_RefusedListingTheAllowedOnes()
    {
        var message = ParseRefused("Night Drive --speed 2");

        Assert.StartsWith("Unknown flag `--speed`. Allowed flags: --shots, --bpm, --bars, --slots, --seconds, --ar, --fps,", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralBadFlags_TheFirstReadIsReported()
    {
        var message = ParseRefused("Night Drive --crossfade 9 --bpm 5");

        Assert.Equal("`--bpm 5` is not allowed: use the song's tempo, e.g. 120.", message);
    }

    private static ReelDraft ParseValid(string arguments)
    {
        var result = ReelCreateParser.Parse(arguments);
        Assert.True(result.IsSuccess, $"\"{arguments}\" was refused: {result.Error?.Message}");
        return result.Value;
    }

    private static string ParseRefused(string arguments)
    {
        var result = ReelCreateParser.Parse(arguments);
        Assert.False(result.IsSuccess, $"\"{arguments}\" was accepted as \"{result.Value?.Name}\".");
        Assert.Equal(ErrorKind.Invalid, result.Error.Kind);
        return result.Error.Message;
    }
}
