using ClipBot.Media.Processes;

namespace ClipBot.Media.Tests.Processes;

public sealed class CommandLineFormatterTests
{
    [Fact]
    public void Format_PlainArguments_AreJoinedBySpaces()
    {
        var line = CommandLineFormatter.Format("ffmpeg", ["-i", "file:/w/a.mp4", "-c:v", "copy"]);

        Assert.Equal("ffmpeg -i file:/w/a.mp4 -c:v copy", line);
    }

    [Theory]
    [InlineData("two words", "'two words'")]
    [InlineData("it's", @"'it'\''s'")]
    [InlineData("", "''")]
    [InlineData("a[b];c", "'a[b];c'")]
    public void Quote_ShellSpecials_AreSingleQuoted(string argument, string expected)
    {
        var quoted = CommandLineFormatter.Quote(argument);

        Assert.Equal(expected, quoted);
    }
}
