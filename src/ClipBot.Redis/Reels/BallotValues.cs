using System.Globalization;
using ClipBot.Core.Takes;
using StackExchange.Redis;

namespace ClipBot.Redis.Reels;

/// <summary>
/// The ballot box's stored strings (see <see cref="RedisKeys"/>): <c>slot:voter</c> for a ballot's field,
/// <c>take|unix-ms</c> for a vote or a duel's winner, and <c>takeA|takeB|voter</c> for a duel's field. Take ids
/// never hold a <c>|</c> or a <c>:</c>; voter ids may, so the voter is always last and read as the rest.
/// </summary>
internal static class BallotValues
{
    private const char Separator = '|';

    /// <summary>A vote as stored: the take and when it was cast.</summary>
    public static string Vote(TakeId take, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{take.Value}{Separator}{at.ToUnixTimeMilliseconds()}");

    /// <summary>A voter's field in the reel's ballots: the slot, a colon, then the voter.</summary>
    public static string BallotField(int slot, string voterId) =>
        string.Create(CultureInfo.InvariantCulture, $"{slot}:{voterId}");

    public static (int Slot, string VoterId) ParseBallotField(string field)
    {
        var colon = field.IndexOf(':', StringComparison.Ordinal);
        return (int.Parse(field.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture), field[(colon + 1)..]);
    }

    public static (TakeId Take, DateTimeOffset At) ParseVote(string value)
    {
        var bar = value.IndexOf(Separator, StringComparison.Ordinal);
        var ms = long.Parse(value.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture);
        return (new TakeId(value[..bar]), DateTimeOffset.FromUnixTimeMilliseconds(ms));
    }

    /// <summary>The field of a voter's pick between two takes, the same whichever of them won.</summary>
    public static RedisValue DuelField(TakeId one, TakeId other, string voterId)
    {
        var (first, second) = string.CompareOrdinal(one.Value, other.Value) < 0 ? (one, other) : (other, one);
        return $"{first.Value}{Separator}{second.Value}{Separator}{voterId}";
    }

    public static (TakeId First, TakeId Second, string VoterId) ParseDuelField(string field)
    {
        var bar = field.IndexOf(Separator, StringComparison.Ordinal);
        var next = field.IndexOf(Separator, bar + 1);
        return (new TakeId(field[..bar]), new TakeId(field[(bar + 1)..next]), field[(next + 1)..]);
    }
}
