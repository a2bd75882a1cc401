using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClipBot.Redis.Reels;

/// <summary>
/// Per reel, a ballot hash (slot and voter → take and time) and a tally hash (take → votes) that one script
/// changes together, so the tally always equals the count of the ballots, whatever the concurrency, and a count
/// of the votes and picks taken (the ballots' revision); per slot, a duel hash with one pick per voter per pair.
/// Votes cast at the same time go to the server in batches (see <see cref="CastBatcher"/>). Times are kept to
/// the millisecond, in UTC.
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

    public async Task<IReadOnlyDictionary<TakeId, long>> TallyAsync(
        ReelId reel, IReadOnlyCollection<TakeId> takes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(takes);
        cancellationToken.ThrowIfCancellationRequested();
        if (takes.Count == 0)
        {
            return new Dictionary<TakeId, long>();
        }

        var ids = takes.Distinct().ToArray();
        var counts = await _db.HashGetAsync(keys.Tally(reel), [.. ids.Select(id => (RedisValue)id.Value)]);
        var tally = new Dictionary<TakeId, long>();
        for (var i = 0; i < ids.Length; i++)
        {
            if (counts[i].HasValue && (long)counts[i] is > 0 and var votes)
            {
                tally[ids[i]] = votes;
            }
        }

        return tally;
    }

    public async Task<IReadOnlyList<Ballot>> ListBallotsAsync(ReelId reel, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entries = await _db.HashGetAllAsync(keys.Ballots(reel));

        // A hash has no order; by slot, oldest first, then by voter, so an export reads the same each time.
        return entries
            .Select(e =>
            {
                var (slot, voterId) = BallotValues.ParseBallotField(e.Name.ToString());
                var (take, at) = BallotValues.ParseVote(e.Value.ToString());
                return new Ballot(slot, take, voterId, at);
            })
            .OrderBy(b => b.Slot)
            .ThenBy(b => b.At)
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
            _db, [keys.Duels(reel, slot), keys.BallotsRevision(reel)], [BallotValues.DuelField(winner, loser, voterId), winner.Value, at.ToUnixTimeMilliseconds()], logger);
        return BallotScripts.Outcome(outcome.ToString()[0]);
    }

    public async Task<long> RevisionAsync(ReelId reel, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var revision = await _db.StringGetAsync(keys.BallotsRevision(reel));
        return revision.HasValue ? (long)revision : 0;
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
