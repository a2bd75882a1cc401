using ClipBot.Core.Commands;

namespace ClipBot.Core.Tests.Commands;

/// <summary>What every refusal of a command looks like: not accepted, seen only by the invoker, with exactly this text.</summary>
internal static class OutcomeAssert
{
    public static void Refused(string text, CommandOutcome outcome)
    {
        Assert.False(outcome.Accepted, $"Accepted: {outcome.Reply.Text}");
        Assert.True(outcome.Reply.Ephemeral, "The refusal is public.");
        Assert.Equal(text, outcome.Reply.Text);
    }
}
