using ClipBot.Core.Results;

namespace ClipBot.Core.Queue;

/// <summary>
/// Which failures are retried and after how long. Only passing faults are retried; a refusal or bad input
/// fails the same way every time. Delays double from Queue:RetryBaseSeconds up to Queue:RetryMaxSeconds,
/// and "equal jitter" keeps half of each delay and randomises the rest, so jobs that failed together
/// (a provider outage) do not all come back in the same instant.
/// </summary>
internal static class RetryPolicy
{
    /// <summary>The delay before the next attempt, or null when the job should not be tried again.</summary>
    /// <param name="jitter">A random number in [0, 1).</param>
    public static TimeSpan? NextDelay(ErrorKind kind, int attempt, QueueOptions options, double jitter)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        if (kind != ErrorKind.Transient || attempt >= options.MaxAttempts)
        {
            return null;
        }

        var exponential = options.RetryBaseSeconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(options.RetryMaxSeconds, exponential);
        return TimeSpan.FromSeconds((capped / 2) + (capped / 2 * Math.Clamp(jitter, 0, 1)));
    }
}
