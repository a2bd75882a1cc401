namespace ClipBot.Discord.Rest;

/// <summary>
/// The per-route buckets (D8). A route starts in a bucket of its own (template + major parameter); once
/// Discord names the route's bucket in <c>X-RateLimit-Bucket</c>, the route is keyed by that hash + major
/// parameter, so routes Discord counts together share one bucket, while the same hash on another channel,
/// guild or webhook stays independent. Idle buckets are dropped after a minute, as interaction tokens make new
/// keys all day.
/// </summary>
internal sealed class RouteBuckets(TimeProvider time)
{
    private static readonly TimeSpan IdleLife = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private DateTimeOffset _nextPurge;

    /// <summary>Buckets held now; for tests.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _buckets.Count;
            }
        }
    }

    /// <summary>Waits until the route's bucket is free, then holds it until the lease is disposed.</summary>
    public async Task<BucketLease> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        RateLimitBucket bucket;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            PurgeIdle(now);
            var key = KeyOf(route);
            if (!_buckets.TryGetValue(key, out var found))
            {
                found = new RateLimitBucket();
                _buckets.Add(key, found);
            }

            bucket = found;
            bucket.Users++;
        }

        try
        {
            await bucket.Gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                bucket.Users--;
                bucket.LastUsed = time.GetUtcNow();
            }

            throw;
        }

        return new BucketLease(this, bucket);
    }

    /// <summary>
    /// Discord named the route's bucket: later requests of the route go to the bucket of that hash. Returns that
    /// bucket, which the response's headers describe: <paramref name="bucket"/> itself when the route is the first
    /// to report the hash, else the one already there.
    /// </summary>
    public RateLimitBucket Learn(DiscordRoute route, string hash, RateLimitBucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        lock (_gate)
        {
            var oldKey = KeyOf(route);
            _hashes[route.Template] = hash;
            var newKey = KeyOf(route);

            // The route's own bucket goes; a bucket already there for the hash takes the route in.
            if (!string.Equals(oldKey, newKey, StringComparison.Ordinal) && _buckets.TryGetValue(oldKey, out var old) && ReferenceEquals(old, bucket))
            {
                _buckets.Remove(oldKey);
            }

            if (_buckets.TryGetValue(newKey, out var shared))
            {
                return shared;
            }

            _buckets.Add(newKey, bucket);
            return bucket;
        }
    }

    internal void Release(RateLimitBucket bucket)
    {
        bucket.Gate.Release();
        lock (_gate)
        {
            bucket.Users--;
            bucket.LastUsed = time.GetUtcNow();
        }
    }

    private string KeyOf(DiscordRoute route) =>
        (_hashes.TryGetValue(route.Template, out var hash) ? hash : route.Template) + "|" + route.MajorParameter;

    private void PurgeIdle(DateTimeOffset now)
    {
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now + IdleLife;
        var idle = _buckets
            .Where(entry => entry.Value.Users == 0 && now - entry.Value.LastUsed > IdleLife && entry.Value.ResetAt <= now)
            .Select(entry => entry.Key)
            .ToList();
        foreach (var key in idle)
        {
            // Nobody holds or awaits it, and new callers only find buckets under this lock: safe to dispose.
            _buckets.Remove(key, out var bucket);
            bucket?.Dispose();
        }
    }
}
