using ClipBot.Redis.Queue;

namespace ClipBot.Redis.Tests.Queue;

public sealed class WorkSignalTests
{
    [Fact]
    public async Task Pulse_TwoWaiters_WakesBoth()
    {
        var signal = new WorkSignal();
        var first = signal.Next;
        var second = signal.Next;

        signal.Pulse();

        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Pulse_AfterPulse_NextWaitsForTheFollowingOne()
    {
        var signal = new WorkSignal();
        signal.Pulse();

        var next = signal.Next;

        Assert.False(next.IsCompleted);
    }
}
