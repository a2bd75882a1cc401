using System.Text.Json;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Redis.Serialization;
using StackExchange.Redis;

namespace ClipBot.Redis.Storage;

/// <summary>Takes as JSON strings, plus a sorted set of their ids by creation time for the recent list.</summary>
internal sealed class RedisTakeStore(IConnectionMultiplexer redis, RedisKeys keys) : ITakeStore
{
    private readonly IDatabase _db = redis.GetDatabase();

    public async Task CreateAsync(Take take, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var created = await _db.ScriptEvaluateAsync(
            TakeStoreScripts.Create,
            [keys.Take(take.Id), keys.RecentTakes],
            [Serialize(take), take.CreatedAt.ToUnixTimeMilliseconds(), take.Id.Value]);

        // Ids are random and made once per take; a clash means a caller created the same take twice.
        if ((long)created == 0)
        {
            throw new InvalidOperationException($"Take {take.Id} already exists; use SaveAsync to change it.");
        }
    }

    public async Task SaveAsync(Take take, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var saved = await _db.ScriptEvaluateAsync(TakeStoreScripts.Save, [keys.Take(take.Id)], [Serialize(take)]);

        // Saving what was never created would leave a take missing from the recent list.
        if ((long)saved == 0)
        {
            throw new InvalidOperationException($"Take {take.Id} does not exist; create it before saving it.");
        }
    }

    public async Task<Take?> GetAsync(TakeId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var json = await _db.StringGetAsync(keys.Take(id));
        return json.IsNull ? null : Deserialize(json);
    }

    public async Task<IReadOnlyList<Take>> ListRecentAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        cancellationToken.ThrowIfCancellationRequested();
        if (count == 0)
        {
            return [];
        }

        var ids = await _db.SortedSetRangeByRankAsync(keys.RecentTakes, 0, count - 1, Order.Descending);
        if (ids.Length == 0)
        {
            return [];
        }

        var values = await _db.StringGetAsync(ids.Select(id => keys.Take(new TakeId(id.ToString()))).ToArray());

        // A take deleted by hand leaves its id in the index; skip it rather than fail the page.
        return values.Where(v => !v.IsNull).Select(Deserialize).ToList();
    }

    private static string Serialize(Take take) => JsonSerializer.Serialize(take, StoreJsonContext.Default.Take);

    private static Take Deserialize(RedisValue json) =>
        JsonSerializer.Deserialize((string)json!, StoreJsonContext.Default.Take)
        ?? throw new JsonException("A stored take was JSON null.");
}
