using ClipBot.Discord.Gateway;

namespace ClipBot.Discord.Tests.Gateway;

public sealed class GatewayTimingsTests
{
    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.5, 20_625)]
    [InlineData(0.999, 41_208.75)]
    public void FirstHeartbeat_Jitter_IntervalTimesJitter(double jitter, double expectedMs)
    {
        var timings = new GatewayTimings { Jitter = () => jitter };

        var first = timings.FirstHeartbeat(TimeSpan.FromMilliseconds(41_250));

        Assert.Equal(expectedMs, first.TotalMilliseconds, precision: 3);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 32)]
    [InlineData(6, 60)]
    [InlineData(1000, 60)]
    public void Backoff_Failures_DoublesFromOneSecondToTheOneMinuteCap(int failures, double expectedSeconds)
    {
        var timings = new GatewayTimings { Jitter = () => 0.999_999 };

        var backoff = timings.Backoff(failures);

        Assert.Equal(expectedSeconds, backoff.TotalSeconds, precision: 3);
    }

    [Fact]
    public void Backoff_LowestJitter_HalfTheStep()
    {
        var timings = new GatewayTimings { Jitter = () => 0 };

        var backoff = timings.Backoff(2);

        Assert.Equal(TimeSpan.FromSeconds(2), backoff);
    }

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.5, 3)]
    [InlineData(0.999_999, 5)]
    public void InvalidSessionDelay_Defaults_BetweenOneAndFiveSeconds(double jitter, double expectedSeconds)
    {
        var timings = new GatewayTimings { Jitter = () => jitter };

        var delay = timings.InvalidSessionDelay();

        Assert.Equal(expectedSeconds, delay.TotalSeconds, precision: 3);
    }

    [Fact]
    public void Jitter_Default_InZeroToOne()
    {
        var timings = new GatewayTimings();

        var draws = Enumerable.Range(0, 1000).Select(_ => timings.Jitter()).ToList();

        Assert.All(draws, draw => Assert.InRange(draw, 0, 0.999_999_999));
    }
}
