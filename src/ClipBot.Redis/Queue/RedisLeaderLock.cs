using ClipBot.Core.Queue;
using StackExchange.Redis;

namespace ClipBot.Redis.Queue;

/// <summary>
/// A lock that the server expires (SET NX PX), extended by its holder through a compare in Lua. The hold is
/// measured by the server's clock, so holders on machines with different clocks agree on it.
/// </summary>
internal sealed class RedisLeaderLock(IConnectionMultiplexer redis, RedisKeys keys) : ILeaderLock
{
    private readonly IDatabase _db = redis.GetDatabase();

    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan holdFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        ArgumentOutOfRangeException.ThrowIfLessThan(holdFor, TimeSpan.FromMilliseconds(1));
        cancellationToken.ThrowIfCancellationRequested();

        var held = await _db.ScriptEvaluateAsync(LimitScripts.AcquireLock, [keys.Lock(name)], [holder, (long)holdFor.TotalMilliseconds]);
        return (long)held == 1;
    }
}
