namespace ClipBot.Redis.Queue;

/// <summary>
/// Lease deadlines as the queue stores them: whole Unix milliseconds, the score in the lease set. The
/// returned <see cref="Core.Queue.JobLease.ExpiresAt"/> is cut to the same millisecond, so it equals the stored score.
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
}
