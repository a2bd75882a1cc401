using System.Text.Json;
using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Redis.Serialization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClipBot.Redis.Reels;

/// <summary>
/// Reels as JSON beside their version in one hash, saved by a compare-and-set script; the takes and the
/// per-member reservations of each slot under the same reel's hash tag.
/// </summary>
/// <remarks>
/// The channel index and the recent list span reels, so they live outside every reel's tag, and a script on a
/// reel may not touch them (on a cluster they sit on other shards). They are written after the reel's script:
/// one script on the channel index alone, and a ZADD NX, both safe to repeat. Each create or save links the
/// channels it added (moving them from any other reel), drops the links of those it removed while they still
/// point to it, and links again any of its other channels whose link is missing; HSETNX there never takes back
/// a channel that has since been linked to a newer reel. A process that dies between the reel's script and
/// these writes leaves a reel whose next save completes them.
/// </remarks>
internal sealed class RedisReelStore(IConnectionMultiplexer redis, RedisKeys keys, ILogger<RedisReelStore> logger) : IReelStore
{
    private readonly IDatabase _db = redis.GetDatabase();

    public async Task<Reel> CreateAsync(Reel reel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        cancellationToken.ThrowIfCancellationRequested();
        var stored = reel with { Version = 1 };

        var created = await ReelStoreScripts.Create.RunAsync(_db, [keys.Reel(reel.Id)], [Serialize(stored)], logger);

        // Ids are random and made once per reel; a clash means a caller created the same reel twice.
        if ((long)created == 0)
        {
            throw new InvalidOperationException($"Reel {reel.Id} already exists; use TrySaveAsync to change it.");
        }

        await IndexAsync(stored, added: stored.Channels, removed: []);
        return stored;
    }

    public async Task<Reel?> GetAsync(ReelId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var json = await _db.HashGetAsync(keys.Reel(id), JsonField);
        return json.IsNull ? null : Deserialize(json);
    }

    public async Task<Reel?> TrySaveAsync(Reel reel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        cancellationToken.ThrowIfCancellationRequested();
        var stored = reel with { Version = reel.Version + 1 };

        var previous = await ReelStoreScripts.Save.RunAsync(
            _db, [keys.Reel(reel.Id)], [reel.Version, stored.Version, Serialize(stored)], logger);
        if (previous.IsNull)
        {
            logger.ReelSaveRefused(reel.Id.Value, reel.Version);
            return null;
        }

        var before = Deserialize((RedisValue)previous);
        await IndexAsync(stored, added: stored.Channels.Except(before.Channels).ToList(), removed: before.Channels.Except(stored.Channels).ToList());
        return stored;
    }

    public async Task<ReelId?> FindByChannelAsync(ChannelRef channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        cancellationToken.ThrowIfCancellationRequested();
        var id = await _db.HashGetAsync(keys.ReelsByChannel, RedisKeys.ReelChannelField(channel));
        return id.IsNull ? null : new ReelId(id.ToString());
    }

    public async Task<IReadOnlyList<Reel>> ListRecentAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        cancellationToken.ThrowIfCancellationRequested();
        if (count == 0)
        {
            return [];
        }

        var ids = await _db.SortedSetRangeByRankAsync(keys.RecentReels, 0, count - 1, Order.Descending);

        // Each reel is on its own shard, so no one multi-key read can fetch them; the reads go out pipelined.
        var values = await Task.WhenAll(ids.Select(id => _db.HashGetAsync(keys.Reel(new ReelId(id.ToString())), JsonField)));

        // A reel deleted by hand leaves its id in the index; skip it rather than fail the page.
        return values.Where(v => !v.IsNull).Select(Deserialize).ToList();
    }

    public async Task AddTakeAsync(ReelId reel, int slot, TakeId take, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slot, 1);
        cancellationToken.ThrowIfCancellationRequested();
        await ReelStoreScripts.AddTake.RunAsync(_db, [keys.ReelTakes(reel, slot)], [take.Value], logger);
    }

    public async Task<IReadOnlyList<TakeId>> ListTakesAsync(ReelId reel, int slot, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slot, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var ids = await _db.SortedSetRangeByRankAsync(keys.ReelTakes(reel, slot));
        return ids.Select(id => new TakeId(id.ToString())).ToList();
    }

    public async Task<bool> TryReserveTakeAsync(ReelId reel, int slot, string memberId, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slot, 1);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        cancellationToken.ThrowIfCancellationRequested();
        var reserved = await ReelStoreScripts.Reserve.RunAsync(_db, [keys.ReelReservations(reel, slot)], [memberId, max], logger);
        return (long)reserved == 1;
    }

    public async Task ReleaseTakeAsync(ReelId reel, int slot, string memberId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slot, 1);
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        cancellationToken.ThrowIfCancellationRequested();
        await ReelStoreScripts.Release.RunAsync(_db, [keys.ReelReservations(reel, slot)], [memberId], logger);
    }

    private static RedisValue JsonField => "json";

    private static string Serialize(Reel reel) => JsonSerializer.Serialize(reel, StoreJsonContext.Default.Reel);

    private static Reel Deserialize(RedisValue json) =>
        JsonSerializer.Deserialize((string)json!, StoreJsonContext.Default.Reel)
        ?? throw new JsonException("A stored reel was JSON null.");

    // See the remarks: writes outside the reel's hash tag, safe to repeat, sent together after its script.
    private Task IndexAsync(Reel reel, IReadOnlyCollection<ChannelRef> added, IReadOnlyCollection<ChannelRef> removed)
    {
        var args = new List<RedisValue> { reel.Id.Value };
        foreach (var channel in reel.Channels)
        {
            args.Add(added.Contains(channel) ? "link" : "keep");
            args.Add(RedisKeys.ReelChannelField(channel));
        }

        foreach (var channel in removed)
        {
            args.Add("drop");
            args.Add(RedisKeys.ReelChannelField(channel));
        }

        var links = ReelStoreScripts.Link.RunAsync(_db, [keys.ReelsByChannel], [.. args], logger);
        var recent = _db.SortedSetAddAsync(keys.RecentReels, reel.Id.Value, reel.CreatedAt.ToUnixTimeMilliseconds(), SortedSetWhen.NotExists);
        return Task.WhenAll(links, recent);
    }
}
