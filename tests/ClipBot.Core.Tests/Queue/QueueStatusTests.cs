using ClipBot.Core.Queue;

namespace ClipBot.Core.Tests.Queue;

public sealed class QueueStatusTests
{
    [Theory]
    [InlineData(1, 2, 60)]
    [InlineData(2, 2, 60)]
    [InlineData(3, 2, 120)]
    [InlineData(5, 2, 180)]
    public void ReadyIn_Position_BatchesTheJobsAheadByTheWorkersSlots(int position, int slots, int expectedSeconds)
    {
        var status = new QueueStatus(Waiting: 5, Running: 0, Retrying: 0, slots, TimeSpan.FromMinutes(1), []);

        var eta = status.ReadyIn(position);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), eta);
    }

    [Fact]
    public void ReadyIn_AllSlotsBusy_WaitsForOneBatchMore()
    {
        var status = new QueueStatus(Waiting: 5, Running: 2, Retrying: 0, WorkerSlots: 2, TimeSpan.FromMinutes(1), []);

        var eta = status.ReadyIn(1);

        Assert.Equal(TimeSpan.FromMinutes(2), eta);
    }

    [Fact]
    public void ReadyIn_NoJobFinishedYet_Null()
    {
        var status = new QueueStatus(Waiting: 5, Running: 2, Retrying: 0, WorkerSlots: 2, AverageDuration: null, []);

        var eta = status.ReadyIn(1);

        Assert.Null(eta);
    }

    [Fact]
    public void ReadyIn_NoWorkerReported_AsIfOneSlot()
    {
        var status = new QueueStatus(Waiting: 5, Running: 0, Retrying: 0, WorkerSlots: 0, TimeSpan.FromSeconds(10), []);

        var eta = status.ReadyIn(4);

        Assert.Equal(TimeSpan.FromSeconds(40), eta);
    }
}
