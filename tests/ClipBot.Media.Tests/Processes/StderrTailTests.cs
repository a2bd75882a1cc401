using ClipBot.Media.Processes;

namespace ClipBot.Media.Tests.Processes;

public sealed class StderrTailTests
{
    [Fact]
    public void ToString_MoreLinesThanKept_ReturnsTheLastOnes()
    {
        var tail = new StderrTail(3);

        for (var i = 1; i <= 10; i++)
        {
            tail.Add($"line {i}");
        }

        Assert.Equal("line 8\nline 9\nline 10", tail.ToString());
    }

    [Fact]
    public void Add_VeryLongLine_IsShortened()
    {
        var tail = new StderrTail();

        tail.Add(new string('x', 5000));

        Assert.True(tail.ToString().Length < 600);
    }
}
