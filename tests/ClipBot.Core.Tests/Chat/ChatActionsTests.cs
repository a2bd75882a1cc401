using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Chat;

public sealed class ChatActionsTests
{
    private static readonly ChannelRef Channel = new("discord", "chan-1");
    private static readonly TakeId Winner = new("abcd2345efgh");
    private static readonly TakeId Loser = new("zyxw9876vuts");
    private static readonly ReelId Reel = new("abcd2345");

    [Fact]
    public void Vote_Always_VersionedActionWithTheTake()
    {
        var action = ChatActions.Vote(Winner);

        Assert.Equal("v1:vote:abcd2345efgh", action);
    }

    [Fact]
    public void ToCommand_VoteAction_VoteCommandForTheTakeByTheClicker()
    {
        var command = ChatActions.ToCommand(ChatActions.Vote(Winner), TestTakes.Author, Channel);

        Assert.Equal(new ChatCommand("vote", "abcd2345efgh", TestTakes.Author, Channel), command);
    }

    [Fact]
    public void ToCommand_PickAction_PickCommandWithReelSlotWinnerAndLoser()
    {
        var command = ChatActions.ToCommand(ChatActions.Pick(Reel, 12, Winner, Loser), TestTakes.Author, Channel);

        Assert.Equal(new ChatCommand("pick", "abcd2345 12 abcd2345efgh zyxw9876vuts", TestTakes.Author, Channel), command);
    }

    [Theory]
    [InlineData("v2:vote:abcd2345efgh")]
    [InlineData("vote:abcd2345efgh")]
    [InlineData("V1:vote:abcd2345efgh")]
    [InlineData("v1:delete:abcd2345efgh")]
    [InlineData("v1:VOTE:abcd2345efgh")]
    [InlineData("v1:vote")]
    [InlineData("v1")]
    [InlineData("")]
    public void ToCommand_UnknownVersionOrCommand_Null(string action)
    {
        var command = ChatActions.ToCommand(action, TestTakes.Author, Channel);

        Assert.Null(command);
    }

    [Fact]
    public void ToCommand_LongerThanOneHundredCharacters_Null()
    {
        var action = "v1:vote:" + new string('a', ChatActions.MaxLength - 7);

        var command = ChatActions.ToCommand(action, TestTakes.Author, Channel);

        Assert.Equal(101, action.Length);
        Assert.Null(command);
    }

    [Fact]
    public void ToCommand_ExactlyOneHundredCharacters_Read()
    {
        var action = "v1:vote:" + new string('a', ChatActions.MaxLength - 8);

        var command = ChatActions.ToCommand(action, TestTakes.Author, Channel);

        Assert.Equal("vote", command?.Name);
    }

    [Fact]
    public void Pick_LargestSlot_FitsDiscordsCustomIdLimit()
    {
        var action = ChatActions.Pick(ReelId.New(), int.MaxValue, TakeId.New(), TakeId.New());

        Assert.InRange(action.Length, 1, ChatActions.MaxLength);
    }

    [Fact]
    public void Vote_AnyTake_FitsDiscordsCustomIdLimit()
    {
        var action = ChatActions.Vote(TakeId.New());

        Assert.InRange(action.Length, 1, ChatActions.MaxLength);
    }
}
