using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Discord.Tests.Rest;

public sealed class InvalidRequestCounterTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-08-06T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly CapturedLogs _logs = new();
    private readonly LoggerFactory _loggers;
    private readonly InvalidRequestCounter _counter;

    public InvalidRequestCounterTests()
    {
        _loggers = new LoggerFactory([_logs]);
        _counter = new InvalidRequestCounter(_time, _loggers.CreateLogger<InvalidRequestCounter>());
    }

    public void Dispose()
    {
        _loggers.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public void TryAdmit_BelowSlowDown_AdmitsAtOnce()
    {
        Record(InvalidRequestCounter.SlowDownAt - 1);

        var admitted = _counter.TryAdmit(out var delay);

        Assert.True(admitted);
        Assert.Equal(TimeSpan.Zero, delay);
    }

    [Fact]
    public void TryAdmit_AtSlowDown_SpacesRequestsASecondApart()
    {
        Record(InvalidRequestCounter.SlowDownAt);

        _counter.TryAdmit(out var first);
        _counter.TryAdmit(out var second);
        _counter.TryAdmit(out var third);

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], new[] { first, second, third });
        Assert.Equal(1, _logs.Count(4020));
    }

    [Fact]
    public void TryAdmit_SlowedQueueOverAMinute_Refuses()
    {
        Record(InvalidRequestCounter.SlowDownAt);
        for (var i = 0; i <= InvalidRequestCounter.MaxQueue.TotalSeconds; i++)
        {
            Assert.True(_counter.TryAdmit(out _));
        }

        var admitted = _counter.TryAdmit(out _);

        Assert.False(admitted);
    }

    [Fact]
    public void TryAdmit_AtRefuse_RefusesAndLogsOnce()
    {
        Record(InvalidRequestCounter.RefuseAt);

        var first = _counter.TryAdmit(out _);
        var second = _counter.TryAdmit(out _);

        Assert.False(first);
        Assert.False(second);
        Assert.Equal(1, _logs.Count(4021));
    }

    [Fact]
    public void TryAdmit_WindowDrained_AdmitsAtOnceAgain()
    {
        Record(InvalidRequestCounter.RefuseAt);
        _counter.TryAdmit(out _);

        _time.Advance(InvalidRequestCounter.Window);
        var admitted = _counter.TryAdmit(out var delay);

        Assert.True(admitted);
        Assert.Equal(TimeSpan.Zero, delay);
        Assert.Equal(0, _counter.Count);
        Assert.Equal(1, _logs.Count(4022));
    }

    [Fact]
    public void Count_OlderThanTenMinutes_Dropped()
    {
        Record(3);
        _time.Advance(TimeSpan.FromMinutes(6));
        Record(2);

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(2, _counter.Count);
    }

    [Fact]
    public void Thresholds_FarBelowDiscordsBan()
    {
        var slowedPerWindow = InvalidRequestCounter.Window / InvalidRequestCounter.SlowSpacing;

        Assert.True(InvalidRequestCounter.RefuseAt + slowedPerWindow < InvalidRequestCounter.BanThreshold);
        Assert.True(InvalidRequestCounter.SlowDownAt < InvalidRequestCounter.RefuseAt);
    }

    private void Record(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _counter.Record();
        }
    }
}
