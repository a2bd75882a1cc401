using ClipBot.Core.Reels;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClipBot.Redis.Reels;

/// <summary>
/// Reel timers shared by every node, leased like the queue's jobs: a due set, a lease set and a state hash,
/// each step one script over the three. Times are the caller's, in whole Unix ms.
/// </summary>
internal sealed class RedisReelTimers(IConnectionMultiplexer redis, RedisKeys keys, ILogger<RedisReelTimers> logger) : IReelTimers
{
    private readonly IDatabase _db = redis.GetDatabase();
    private readonly RedisKey[] _keys = [keys.ReelTimersDue, keys.ReelTimerLeases, keys.ReelTimerState];

    public async Task ScheduleAsync(ReelId reel, ReelTimer kind, DateTimeOffset at, bool replace, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await ReelTimerScripts.Schedule.RunAsync(
            _db, _keys, [ReelTimerMember.Format(reel, kind), at.ToUnixTimeMilliseconds(), replace ? 1 : 0], logger);
    }

    public async Task CancelAsync(ReelId reel, ReelTimer kind, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await ReelTimerScripts.Cancel.RunAsync(_db, _keys, [ReelTimerMember.Format(reel, kind)], logger);
    }

    public async Task<IReadOnlyList<DueTimer>> TakeDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lease, TimeSpan.FromMilliseconds(1));
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        cancellationToken.ThrowIfCancellationRequested();
        if (max == 0)
        {
            return [];
        }

        // Checkpoint: lease. From here the timers are this node's until the lease runs out; a node that dies
        // running one leaves it in the lease set, and the next TakeDue after the lease end takes it again.
        var nowMs = now.ToUnixTimeMilliseconds();
        var flat = (RedisResult[])(await ReelTimerScripts.TakeDue.RunAsync(
            _db, _keys, [nowMs, nowMs + (long)lease.TotalMilliseconds, max], logger))!;
        var taken = new List<DueTimer>(flat.Length / 2);
        for (var i = 0; i < flat.Length; i += 2)
        {
            var (reel, kind) = ReelTimerMember.Parse(flat[i].ToString());
            var token = (long)flat[i + 1];
            logger.ReelTimerTaken(reel.Value, kind, token);
            taken.Add(new DueTimer(reel, kind, token));
        }

        return taken;
    }

    public async Task CompleteAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        cancellationToken.ThrowIfCancellationRequested();

        // Checkpoint: complete, fenced by the token. A node whose lease ran out and was taken over changes
        // nothing; the node that holds it now completes it, and sets it again if a time was kept meanwhile.
        var completed = await ReelTimerScripts.Complete.RunAsync(
            _db, _keys, [ReelTimerMember.Format(timer.Reel, timer.Kind), timer.Token], logger);
        if ((long)completed == 0)
        {
            logger.ReelTimerFenced(timer.Reel.Value, timer.Kind, timer.Token);
        }
    }
}
