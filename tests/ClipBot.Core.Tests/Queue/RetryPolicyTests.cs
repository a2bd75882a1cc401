using ClipBot.Core.Queue;
using ClipBot.Core.Results;

namespace ClipBot.Core.Tests.Queue;

public sealed class RetryPolicyTests
{
    private static readonly QueueOptions Options = new() { MaxAttempts = 5, RetryBaseSeconds = 2, RetryMaxSeconds = 20 };

    [Theory]
    [InlineData(ErrorKind.Invalid)]
    [InlineData(ErrorKind.Refused)]
    [InlineData(ErrorKind.NotFound)]
    [InlineData(ErrorKind.Forbidden)]
    [InlineData(ErrorKind.RateLimited)]
    [InlineData(ErrorKind.Cancelled)]
    public void NextDelay_KindNotTransient_Null(ErrorKind kind)
    {
        var attempt = 1;

        var delay = RetryPolicy.NextDelay(kind, attempt, Options, jitter: 0.5);

        Assert.Null(delay);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void NextDelay_TransientWithAttemptsLeft_ADelay(int attempt)
    {
        var kind = ErrorKind.Transient;

        var delay = RetryPolicy.NextDelay(kind, attempt, Options, jitter: 0.5);

        Assert.NotNull(delay);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void NextDelay_AttemptReachedMaxAttempts_Null(int attempt)
    {
        var kind = ErrorKind.Transient;

        var delay = RetryPolicy.NextDelay(kind, attempt, Options, jitter: 0.5);

        Assert.Null(delay);
    }

    [Fact]
    public void NextDelay_MaxAttemptsOne_NeverRetries()
    {
        var options = new QueueOptions { MaxAttempts = 1 };

        var delay = RetryPolicy.NextDelay(ErrorKind.Transient, 1, options, jitter: 0.5);

        Assert.Null(delay);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(4, 16)]
    public void NextDelay_FullJitter_DoublesFromTheBase(int attempt, double expectedSeconds)
    {
        var kind = ErrorKind.Transient;

        var delay = RetryPolicy.NextDelay(kind, attempt, Options, jitter: 1);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    public void NextDelay_NoJitter_HalfTheDoubledDelay(int attempt, double expectedSeconds)
    {
        var kind = ErrorKind.Transient;

        var delay = RetryPolicy.NextDelay(kind, attempt, Options, jitter: 0);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Fact]
    public void NextDelay_DoubledDelayOverTheMaximum_CappedAtRetryMaxSeconds()
    {
        var options = new QueueOptions { MaxAttempts = 20, RetryBaseSeconds = 2, RetryMaxSeconds = 20 };

        var longest = RetryPolicy.NextDelay(ErrorKind.Transient, 19, options, jitter: 1);
        var shortest = RetryPolicy.NextDelay(ErrorKind.Transient, 19, options, jitter: 0);

        Assert.Equal(TimeSpan.FromSeconds(20), longest);
        Assert.Equal(TimeSpan.FromSeconds(10), shortest);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    [InlineData(0.999999)]
    public void NextDelay_AnyJitter_WithinHalfTheDelayAndTheDelay(double jitter)
    {
        var doubled = TimeSpan.FromSeconds(8);

        var delay = RetryPolicy.NextDelay(ErrorKind.Transient, 3, Options, jitter);

        Assert.NotNull(delay);
        Assert.InRange(delay.Value, doubled / 2, doubled);
    }

    [Fact]
    public void NextDelay_JitterHalf_ThreeQuartersOfTheDelay()
    {
        var jitter = 0.5;

        var delay = RetryPolicy.NextDelay(ErrorKind.Transient, 3, Options, jitter);

        Assert.Equal(TimeSpan.FromSeconds(6), delay);
    }

    [Theory]
    [InlineData(-3.0, 4)]
    [InlineData(7.0, 8)]
    public void NextDelay_JitterOutOfRange_ClampedToTheBounds(double jitter, double expectedSeconds)
    {
        var attempt = 3;

        var delay = RetryPolicy.NextDelay(ErrorKind.Transient, attempt, Options, jitter);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Fact]
    public void NextDelay_AttemptBelowOne_Throws()
    {
        var attempt = 0;

        var exception = Record.Exception(() => RetryPolicy.NextDelay(ErrorKind.Transient, attempt, Options, jitter: 0.5));

        Assert.IsType<ArgumentOutOfRangeException>(exception);
    }

    [Fact]
    public void NextDelay_NullOptions_Throws()
    {
        QueueOptions? options = null;

        var exception = Record.Exception(() => RetryPolicy.NextDelay(ErrorKind.Transient, 1, options!, jitter: 0.5));

        Assert.IsType<ArgumentNullException>(exception);
    }

    [Fact]
    public void NextDelay_DefaultOptions_TwoRetriesOfAboutTwoAndFourSeconds()
    {
        var options = new QueueOptions();

        var delays = Enumerable.Range(1, 3).Select(attempt => RetryPolicy.NextDelay(ErrorKind.Transient, attempt, options, jitter: 1)).ToList();

        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), null], delays);
    }
}
