using ClipBot.Core.Chat;

namespace ClipBot.Core.Tests.Chat;

public sealed class ChatCommandTests
{
    private static readonly ChatUser Invoker = new("u-1", "Ana");
    private static readonly ChannelRef Channel = new("slack", "C-9");

    [Fact]
    public void FromText_CommandWithArguments_SplitsNameAndArguments()
    {
        var text = "/clip a b";

        var command = ChatCommand.FromText(text, Invoker, Channel);

        Assert.NotNull(command);
        Assert.Equal("clip", command.Name);
        Assert.Equal("a b", command.Arguments);
        Assert.Same(Invoker, command.Invoker);
        Assert.Same(Channel, command.Channel);
    }

    [Theory]
    [InlineData("/CLIP a b")]
    [InlineData("/Clip a b")]
    public void FromText_UpperCaseName_Lowered(string text)
    {
        var command = ChatCommand.FromText(text, Invoker, Channel);

        Assert.NotNull(command);
        Assert.Equal("clip", command.Name);
        Assert.Equal("a b", command.Arguments);
    }

    [Theory]
    [InlineData("   /clip a b")]
    [InlineData("\n\t/clip a b")]
    public void FromText_LeadingWhitespace_Ignored(string text)
    {
        var command = ChatCommand.FromText(text, Invoker, Channel);

        Assert.NotNull(command);
        Assert.Equal("clip", command.Name);
        Assert.Equal("a b", command.Arguments);
    }

    [Fact]
    public void FromText_NameAlone_HasEmptyArguments()
    {
        var text = "/clip";

        var command = ChatCommand.FromText(text, Invoker, Channel);

        Assert.NotNull(command);
        Assert.Equal("clip", command.Name);
        Assert.Equal(string.Empty, command.Arguments);
    }

    [Fact]
    public void FromText_ArgumentsOnNextLine_KeptForTheParser()
    {
        var text = "/clip\na city --ar 9:16";

        var command = ChatCommand.FromText(text, Invoker, Channel);

        Assert.NotNull(command);
        Assert.Equal("clip", command.Name);
        Assert.Equal("a city --ar 9:16", command.Arguments);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/")]
    [InlineData("  /  ")]
    [InlineData("/ clip")]
    [InlineData("clip /clip")]
    public void FromText_NotACommand_ReturnsNull(string text)
    {
        var command = ChatCommand.FromText(text, Invoker, Channel);

        Assert.Null(command);
    }
}
