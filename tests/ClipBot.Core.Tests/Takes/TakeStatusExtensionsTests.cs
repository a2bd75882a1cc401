using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Takes;

public sealed class TakeStatusExtensionsTests
{
    [Theory]
    [InlineData(TakeStatus.Queued, "queued")]
    [InlineData(TakeStatus.Generating, "generating")]
    [InlineData(TakeStatus.Processing, "processing")]
    [InlineData(TakeStatus.Ready, "ready")]
    [InlineData(TakeStatus.Posted, "posted")]
    [InlineData(TakeStatus.Failed, "failed")]
    [InlineData(TakeStatus.Cancelled, "cancelled")]
    public void ToWire_EachStatus_GivesLowerCaseName(TakeStatus status, string expected)
    {
        var wire = status.ToWire();

        Assert.Equal(expected, wire);
    }

    [Theory]
    [InlineData(TakeStatus.Queued, false)]
    [InlineData(TakeStatus.Generating, false)]
    [InlineData(TakeStatus.Processing, false)]
    [InlineData(TakeStatus.Ready, false)]
    [InlineData(TakeStatus.Posted, true)]
    [InlineData(TakeStatus.Failed, true)]
    [InlineData(TakeStatus.Cancelled, true)]
    public void IsFinal_EachStatus_TrueOnlyForPostedFailedCancelled(TakeStatus status, bool expected)
    {
        var final = status.IsFinal();

        Assert.Equal(expected, final);
    }

    [Fact]
    public void ToWire_UndefinedValue_Throws()
    {
        var undefined = (TakeStatus)42;

        var exception = Record.Exception(() => undefined.ToWire());

        Assert.IsType<ArgumentOutOfRangeException>(exception);
    }
}
