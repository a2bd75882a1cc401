using ClipBot.Core.Queue;
using StackExchange.Redis;

namespace ClipBot.Redis.Queue;

/// <summary>
/// Per-owner quotas as a sliding-window log: each use is a member of the owner's sorted set, scored by its
/// time from the injected clock. One script checks and records, so two processes never both take the last use.
/// </summary>
internal sealed class RedisQuotaStore(IConnectionMultiplexer redis, RedisKeys keys, TimeProvider time) : IQuotaStore
{
    private readonly IDatabase _db = redis.GetDatabase();

    public async Task<QuotaDecision> TryConsumeAsync(string ownerId, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.FromMilliseconds(1));
        cancellationToken.ThrowIfCancellationRequested();
        var now = LeaseTime.Now(time);
        var windowMs = (long)window.TotalMilliseconds;
        var use = $"{now}:{Guid.NewGuid():N}";

        var result = (RedisResult[])(await _db.ScriptEvaluateAsync(
            LimitScripts.TryConsume,
            [keys.Quota(ownerId)],
            [now, now - windowMs, limit, use, windowMs]))!;
        if ((long)result[0] == 1)
        {
            return new QuotaDecision(true, (int)result[1], null);
        }

        var oldest = LeaseTime.ParseMs(result[1].ToString());
        return new QuotaDecision(false, 0, LeaseTime.ToDateTime(oldest + windowMs));
    }
}
