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
    /// A batch of votes of one reel, each applied in turn as its own step. KEYS: a ballots key and its tally key
    /// per slot in the batch, in pairs. ARGV: per vote, the index of its slot's ballots key, voter, take, and the
    /// ballot to store ("take|unix-ms", made by the client: concatenating in Lua showed in the server's profile).
    /// A first vote counts; a change moves the count from the old take (whose field goes at zero, so a tally
    /// lists only takes with votes); the same vote again changes nothing, not even its time.
    /// </summary>
    /// <remarks>
    /// Returns one string, a code per vote joined by commas, because every element of a reply costs the client
    /// a parse and an object: 0 (a first vote), 1 followed by the take it moved from (a change) or 2 (the same
    /// vote again), then a colon and the voted take's count after the vote, which HINCRBY answers anyway. The
    /// increments are strings: a Lua number argument is formatted with printf on every call, which showed in
    /// the server's profile.
    /// </remarks>
    public static readonly ReelScript CastVotes = new("cast", TakeOf + """
        local outcomes = {}
        for i = 1, #ARGV, 4 do
            local slot = tonumber(ARGV[i])
            local ballots, tally = KEYS[slot], KEYS[slot + 1]
            local voter, take, ballot = ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
            local outcome, votes
            -- Most votes are a member's first in the slot: one write tells, and a read is needed only otherwise.
            if redis.call('HSETNX', ballots, voter, ballot) == 1 then
                outcome = '0'
                votes = redis.call('HINCRBY', tally, take, '1')
            else
                local previous = takeOf(redis.call('HGET', ballots, voter))
                if previous == take then
                    outcome = '2'
                    votes = redis.call('HGET', tally, take) or '0'
                else
                    outcome = '1' .. previous
                    if redis.call('HINCRBY', tally, previous, '-1') <= 0 then
                        redis.call('HDEL', tally, previous)
                    end
                    redis.call('HSET', ballots, voter, ballot)
                    votes = redis.call('HINCRBY', tally, take, '1')
                end
            end
            outcomes[#outcomes + 1] = outcome .. ':' .. votes
        end
        return table.concat(outcomes, ',')
        """);

    /// <summary>
    /// KEYS: the slot's duels. ARGV: field (pair and voter), winner, unix ms. Records the pick, replacing the
    /// voter's earlier pick of the pair; the same pick again changes nothing. Returns the outcome's code, as
    /// <see cref="CastVotes"/> writes it.
    /// </summary>
    public static readonly ReelScript Duel = new("duel", TakeOf + """
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

    /// <summary>The outcome a script returned: 0 a first vote or pick, 1 a change, 2 the same again.</summary>
    public static VoteOutcome Outcome(char code) => code switch
    {
        '0' => VoteOutcome.Cast,
        '1' => VoteOutcome.Changed,
        '2' => VoteOutcome.Unchanged,
        _ => throw new InvalidOperationException($"A ballot script returned the unknown outcome {code}."),
    };
}
