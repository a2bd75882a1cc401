using ClipBot.Core.Queue;

namespace ClipBot.Core.Tests.Queue;

public sealed class EtaEstimateTests
{
    private static readonly TimeSpan Average = TimeSpan.FromSeconds(30);

    [Fact]
    public void ForPosition_NoAverageYet_Null()
    {
        TimeSpan? average = null;

        var eta = EtaEstimate.ForPosition(1, 2, running: 0, average);

        Assert.Null(eta);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ForPosition_PositionBelowOne_Null(int position)
    {
        var slots = 1;

        var eta = EtaEstimate.ForPosition(position, slots, running: 0, Average);

        Assert.Null(eta);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 5)]
    public void ForPosition_OneSlot_OneAverageForEveryJobUpToAndIncludingThisOne(int position, int averages)
    {
        var slots = 1;

        var eta = EtaEstimate.ForPosition(position, slots, running: 0, Average);

        Assert.Equal(Average * averages, eta);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(6, 2)]
    [InlineData(7, 3)]
    public void ForPosition_ThreeSlots_JobsAheadClearInBatchesOfThree(int position, int averages)
    {
        var slots = 3;

        var eta = EtaEstimate.ForPosition(position, slots, running: 0, Average);

        Assert.Equal(Average * averages, eta);
    }

    [Fact]
    public void ForPosition_NoWorkerReported_CountsAsOneSlot()
    {
        var slots = 0;

        var eta = EtaEstimate.ForPosition(3, slots, running: 0, Average);

        Assert.Equal(Average * 3, eta);
    }

    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 2)]
    [InlineData(2, 1, 3)]
    [InlineData(1, 5, 2)]
    public void ForPosition_OneSlotBusy_WaitsForTheRunningJobFirst(int position, long running, int averages)
    {
        var slots = 1;

        var eta = EtaEstimate.ForPosition(position, slots, running, Average);

        Assert.Equal(Average * averages, eta);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(1, 2, 2)]
    public void ForPosition_TwoSlotsSomeBusy_StartsInAFreeSlot(int position, long running, int averages)
    {
        var slots = 2;

        var eta = EtaEstimate.ForPosition(position, slots, running, Average);

        Assert.Equal(Average * averages, eta);
    }

    [Fact]
    public void InLine_KnownEta_GivesPositionAndTime()
    {
        var text = EtaEstimate.InLine(3, TimeSpan.FromSeconds(40));

        Assert.Equal("#3 in line, ready in about 40 s", text);
    }

    [Fact]
    public void InLine_NoEtaYet_GivesPositionOnly()
    {
        var text = EtaEstimate.InLine(3, null);

        Assert.Equal("#3 in line", text);
    }

    [Theory]
    [InlineData(0, "about 1 s")]
    [InlineData(0.2, "about 1 s")]
    [InlineData(1, "about 1 s")]
    [InlineData(40, "about 40 s")]
    [InlineData(40.1, "about 41 s")]
    [InlineData(59, "about 59 s")]
    public void Describe_UnderAMinute_WholeSecondsRoundedUpAtLeastOne(double seconds, string expected)
    {
        var eta = TimeSpan.FromSeconds(seconds);

        var text = EtaEstimate.Describe(eta);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(60, "about 1 min")]
    [InlineData(200, "about 3 min")]
    [InlineData(210, "about 4 min")]
    [InlineData(89 * 60, "about 89 min")]
    public void Describe_UnderNinetyMinutes_RoundedMinutes(double seconds, string expected)
    {
        var eta = TimeSpan.FromSeconds(seconds);

        var text = EtaEstimate.Describe(eta);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(90, "about 1.5 h")]
    [InlineData(120, "about 2 h")]
    [InlineData(155, "about 2.6 h")]
    [InlineData(600, "about 10 h")]
    public void Describe_NinetyMinutesOrMore_HoursToOneDecimal(double minutes, string expected)
    {
        var eta = TimeSpan.FromMinutes(minutes);

        var text = EtaEstimate.Describe(eta);

        Assert.Equal(expected, text);
    }
}
