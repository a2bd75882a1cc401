using System.Globalization;

namespace ClipBot.Redis.Queue;

/// <summary>
/// Times as the queue stores them: whole Unix milliseconds, the scores of its sorted sets. The returned
/// <see cref="Core.Queue.JobLease.ExpiresAt"/> is cut to the same millisecond, so it equals the stored score.
/// </summary>
internal static class LeaseTime
{
    public static long Deadline(TimeProvider time, TimeSpan leaseFor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseFor, TimeSpan.Zero);
        return (time.GetUtcNow() + leaseFor).ToUnixTimeMilliseconds();
    }

    public static long Now(TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds();

    public static DateTimeOffset ToDateTime(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs);

    /// <summary>A score as the server wrote it ("1893499200123", or "1.893499200123e+12" from some servers).</summary>
    public static long ParseMs(string score) => (long)double.Parse(score, NumberStyles.Float, CultureInfo.InvariantCulture);
}
