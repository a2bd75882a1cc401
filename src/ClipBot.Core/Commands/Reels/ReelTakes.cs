using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Commands.Reels;

/// <summary>Finds a take by the id a fan typed or a button carried, and the reel it competes in.</summary>
internal static class ReelTakes
{
    public static async Task<Result<(Take Take, Reel Reel)>> FindAsync(
        ITakeStore takes, IReelStore reels, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TakeId.TryParse(text.Trim().ToLowerInvariant(), out var id))
        {
            return Error.Invalid("Give a take's id, e.g. `/vote abcd2345efgh`; it is under every take.");
        }

        var take = await takes.GetAsync(id, cancellationToken);
        if (take is null)
        {
            return new Error(ErrorKind.NotFound, $"There is no take {id}.");
        }

        if (take.Reel is not { } reelId || await reels.GetAsync(reelId, cancellationToken) is not { } reel)
        {
            return Error.Invalid($"Take {id} is not part of a reel, so there is nothing to vote on.");
        }

        return (take, reel);
    }
}
