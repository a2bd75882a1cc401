using ClipBot.Redis.Queue;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Redis.Tests.Queue;

public sealed class LeaseTimeTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Deadline_FakeClock_IsNowPlusLeaseInUnixMs()
    {
        var time = new FakeTimeProvider(Start);
        time.Advance(TimeSpan.FromSeconds(90));

        var deadline = LeaseTime.Deadline(time, TimeSpan.FromSeconds(30));

        Assert.Equal(Start.AddMinutes(2).ToUnixTimeMilliseconds(), deadline);
    }

    [Fact]
    public void Deadline_SubMillisecondClock_CutsToTheStoredMillisecond()
    {
        var time = new FakeTimeProvider(Start.AddTicks(9_999));

        var deadline = LeaseTime.ToDateTime(LeaseTime.Deadline(time, TimeSpan.FromSeconds(1)));

        Assert.Equal(Start.AddSeconds(1), deadline);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Deadline_NonPositiveLease_Throws(int seconds)
    {
        var time = new FakeTimeProvider(Start);

        Action deadline = () => LeaseTime.Deadline(time, TimeSpan.FromSeconds(seconds));

        Assert.Throws<ArgumentOutOfRangeException>(deadline);
    }

    [Fact]
    public void Now_AfterLeaseFor_ReachesTheDeadline()
    {
        var time = new FakeTimeProvider(Start);
        var deadline = LeaseTime.Deadline(time, TimeSpan.FromSeconds(30));

        time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(deadline, LeaseTime.Now(time));
    }
}
