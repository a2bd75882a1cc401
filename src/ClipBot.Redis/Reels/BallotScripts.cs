using ClipBot.Core.Reels;

namespace ClipBot.Redis.Reels;

/// <summary>
/// The ballot box's Lua: votes and duel picks are scripts on one reel's keys, so concurrent voters never lose a
/// count, and a cast answers with the tally it left in the same round trip. Stored values are
/// <c>take|unix-ms</c> (see <see cref="RedisKeys"/>); take ids hold no <c>|</c>.
/// </summary>
internal static class BallotScripts
{
    // The take of a stored "take|unix-ms".
    private const string TakeOf = """
        local function takeOf(value)
            return string.sub(value, 1, string.find(value, '|', 1, true) - 1)
        end

        """;

    /// <summary>
    /// A batch of votes of one reel, each applied in turn as its own step. KEYS: the reel's ballots, its tally
    /// and its ballots' revision, which goes up by the votes in the batch.
    /// ARGV: per vote, its ballot's field ("slot:voter"), the take, and the ballot to store ("take|unix-ms"),
    /// all made by the client: concatenating or parsing numbers in Lua showed in the server's profile.
    /// A first vote counts; a change moves the count from the old take (whose field goes at zero, so a tally
    /// lists only takes with votes); the same vote again changes nothing, not even its time.
    /// </summary>
    /// <remarks>
    /// Returns a reply per vote: a positive count n for a first vote (the take now has n votes), a negative one
    /// -n for the same vote again, and the string "previous-take:n" for a change. Counts go back as numbers, not
    /// in a string, because turning a Lua number into text is a printf call on the server, which showed in its
    /// profile. The increments are strings for the same reason. One ballots hash and one tally for the whole
    /// reel, not one per slot: a small hash is a list that the server searches field by field, and the ballots
    /// of a slot stayed small for the first 128 voters, which made a linear search a quarter of the server's
    /// time per vote in the votes benchmark.
    /// </remarks>
    public static readonly ReelScript CastVotes = new("cast", TakeOf + """
        local call = redis.call
        local ballots, tally = KEYS[1], KEYS[2]
        local receipts, n = {}, 0
        for i = 1, #ARGV, 3 do
            local voter, take, ballot = ARGV[i], ARGV[i + 1], ARGV[i + 2]
            n = n + 1
            -- Most votes are a member's first in the slot: one write tells, and a read is needed only otherwise.
            if call('HSETNX', ballots, voter, ballot) == 1 then
                receipts[n] = call('HINCRBY', tally, take, '1')
            else
                local previous = takeOf(call('HGET', ballots, voter))
                if previous == take then
                    receipts[n] = -tonumber(call('HGET', tally, take) or '0')
                else
                    if call('HINCRBY', tally, previous, '-1') <= 0 then
                        call('HDEL', tally, previous)
                    end
                    call('HSET', ballots, voter, ballot)
                    receipts[n] = previous .. ':' .. call('HINCRBY', tally, take, '1')
                end
            end
        end
        call('INCRBY', KEYS[3], n)
        return receipts
        """);

    /// <summary>
    /// KEYS: the slot's duels, and the reel's ballots' revision, which goes up by one. ARGV: field (pair and
    /// voter), winner, unix ms. Records the pick, replacing the voter's earlier pick of the pair; the same pick
    /// again changes nothing. Returns 0 (a first pick), 1 (a change) or 2 (the same pick again).
    /// </summary>
    public static readonly ReelScript Duel = new("duel", TakeOf + """
        redis.call('INCR', KEYS[2])
        local held = redis.call('HGET', KEYS[1], ARGV[1])
        if held and takeOf(held) == ARGV[2] then
            return '2'
        end
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. ARGV[3])
        if held then
            return '1'
        end
        return '0'
        """);

    /// <summary>The outcome the duel script returned: 0 a first pick, 1 a change, 2 the same pick again.</summary>
    public static VoteOutcome Outcome(char code) => code switch
    {
        '0' => VoteOutcome.Cast,
        '1' => VoteOutcome.Changed,
        '2' => VoteOutcome.Unchanged,
        _ => throw new InvalidOperationException($"A ballot script returned the unknown outcome {code}."),
    };
}
