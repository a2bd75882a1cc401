using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClipBot.Redis.Reels;

/// <summary>
/// Per slot, a ballot hash (voter → take and time) and a tally hash (take → votes) that one script changes
/// together, so the tally always equals the count of the ballots, whatever the concurrency; and a duel hash
/// with one pick per voter per pair. Votes cast at the same time go to the server in batches (see
/// <see cref="CastBatcher"/>). Times are kept to the millisecond, in UTC.
/// </summary>
internal sealed class RedisBallotBox(IConnectionMultiplexer redis, RedisKeys keys, ILogger<RedisBallotBox> logger) : IBallotBox
{
    private readonly IDatabase _db = redis.GetDatabase();
    private readonly CastBatcher _casts = new(redis.GetDatabase(), keys, logger);

    public Task<VoteReceipt> CastAsync(
        ReelId reel, int slot, TakeId take, string voterId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slot, 1);
        ArgumentException.ThrowIfNullOrEmpty(voterId);
        cancellationToken.ThrowIfCancellationRequested();
        return _casts.CastAsync(new PendingCast(reel, slot, take, voterId, at));
    }

    public async Task<IReadOnlyDictionary<TakeId, long>> TallyAsync(ReelId reel, int slot, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slot, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var entries = await _db.HashGetAllAsync(keys.Tally(reel, slot));
        return entries.ToDictionary(e => new TakeId(e.Name.ToString()), e => (long)e.Value);
    }

    public async Task<IReadOnlyList<Ballot>> ListBallotsAsync(ReelId reel, int slot, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slot, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var entries = await _db.HashGetAllAsync(keys.Ballots(reel, slot));

        // A hash has no order; oldest first, then by voter, so an export reads the same each time.
        return entries
            .Select(e =>
            {
                var (take, at) = BallotValues.ParseVote(e.Value.ToString());
                return new Ballot(slot, take, e.Name.ToString(), at);
            })
            .OrderBy(b => b.At)
            .ThenBy(b => b.VoterId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<VoteOutcome> RecordDuelAsync(
        ReelId reel, int slot, TakeId winner, TakeId loser, string voterId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slot, 1);
        ArgumentException.ThrowIfNullOrEmpty(voterId);
        if (winner == loser)
        {
            throw new ArgumentException("A duel is between two different takes.", nameof(loser));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var outcome = await BallotScripts.Duel.RunAsync(
            _db, [keys.Duels(reel, slot)], [BallotValues.DuelField(winner, loser, voterId), winner.Value, at.ToUnixTimeMilliseconds()], logger);
        return BallotScripts.Outcome(outcome.ToString()[0]);
    }

    public async Task<IReadOnlyList<DuelPick>> ListDuelsAsync(ReelId reel, int slot, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slot, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var entries = await _db.HashGetAllAsync(keys.Duels(reel, slot));
        return entries
            .Select(e =>
            {
                var (first, second, voterId) = BallotValues.ParseDuelField(e.Name.ToString());
                var (winner, at) = BallotValues.ParseVote(e.Value.ToString());
                return new DuelPick(winner, winner == first ? second : first, voterId, at);
            })
            .OrderBy(p => p.At)
            .ThenBy(p => p.VoterId, StringComparer.Ordinal)
            .ThenBy(p => p.Winner.Value, StringComparer.Ordinal)
            .ToList();
    }
}
