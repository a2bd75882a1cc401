namespace ClipBot.Discord.Rest;

/// <summary>A held bucket gate: the one request in flight on that bucket. Disposing it lets the next one go.</summary>
internal sealed class BucketLease(RouteBuckets owner, RateLimitBucket bucket) : IDisposable
{
    private int _released;

    public RateLimitBucket Bucket => bucket;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            owner.Release(bucket);
        }
    }
}
